/**
 * The built-package page tests in Chromium, Firefox and WebKit, behind one small
 * page interface: Chromium and Firefox through puppeteer-core (CDP and WebDriver
 * BiDi), WebKit through WebKitWebDriver (W3C WebDriver). What a test can do is
 * what all three can: open a URL, run a function in the page, wait for one.
 */
import { after, before, describe } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromeArgs } from '../../scripts/chrome.mjs';
import { ENGINES, selectedEngines, type EngineName } from '../../scripts/engines.mjs';
import { startWebKit, type WebDriverSession } from '../../scripts/engines/webkit.mjs';

export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn(...args)` in the page; arguments and result travel as JSON. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Resolves once `fn(...args)` is truthy in the page; rejects after `timeout` ms. */
  waitFor<A extends unknown[]>(fn: (...args: A) => unknown, options: { timeout?: number }, ...args: A): Promise<void>;
  /** The viewport as a PNG, one image pixel per CSS pixel. */
  screenshot(): Promise<Uint8Array>;
  /** Sets the viewport (in WebKit, the window, so that its viewport has this size) for the pages opened next. */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Windows' high-contrast themes: `forced-colors: active`. Chromium emulates it (CDP),
   * Firefox is started with its high-contrast preferences; WebKit (Safari) has no such mode.
   */
  forcedColors?: boolean;
}

export interface TestBrowser {
  engine: EngineName;
  label: string;
  /** A page of its own in Chromium and Firefox; in WebKit the one window, emptied on close. */
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function puppeteerPage(page: Page, { forcedColors }: LaunchOptions, engine: 'chromium' | 'firefox'): Promise<TestPage> {
  if (forcedColors && engine === 'chromium') {
    const session = await page.createCDPSession();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  }
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    waitFor: async (fn, { timeout = 10_000 }, ...args) => void (await page.waitForFunction(fn as never, { timeout, polling: 100 }, ...(args as unknown as never[]))),
    screenshot: () => page.screenshot({ type: 'png' }),
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

function webDriverPage(session: WebDriverSession): TestPage {
  const evaluate = async <A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> => (await session.evaluate(fn, args)) as Awaited<R>;
  return {
    goto: async (url) => void (await session.navigate(url)),
    evaluate,
    async waitFor(fn, { timeout = 10_000 }, ...args) {
      const end = Date.now() + timeout;
      // Only whether it is truthy comes back: an element would not travel as JSON.
      const truthy = `(...args) => Boolean((${String(fn)})(...args))`;
      while (!(await session.evaluate(truthy, args))) {
        if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${String(fn).slice(0, 80)}`);
        await sleep(100);
      }
    },
    screenshot: async () => Buffer.from(String(await session.command('GET', '/screenshot')), 'base64'),
    async setViewport(width, height) {
      // The window holds the browser's own bars too: size it, then add what its viewport lacks.
      await session.setWindowSize({ width, height });
      const inner = await evaluate(() => [innerWidth, innerHeight]);
      await session.setWindowSize({ width: 2 * width - (inner[0] ?? width), height: 2 * height - (inner[1] ?? height) });
    },
    close: async () => void (await session.navigate('about:blank')),
  };
}

/** Firefox's high-contrast mode: page colours replaced by the system's, as Windows' contrast themes do. */
const FIREFOX_FORCED_COLORS = { 'browser.display.document_color_use': 2, 'ui.useAccessibilityTheme': 1 };

/**
 * Headless Chromium through puppeteer-core itself, for the tests that need what only it
 * gives (console events, encodings, a long protocol timeout for a slow server).
 */
export function launchChrome(options: { protocolTimeout?: number } = {}): Promise<Browser> {
  const executablePath = ENGINES.chromium.find();
  if (!executablePath) throw new Error(`${ENGINES.chromium.label} is not installed`);
  return puppeteer.launch({ executablePath, headless: true, args: chromeArgs(), ...options });
}

async function puppeteerBrowser(engine: 'chromium' | 'firefox', options: LaunchOptions): Promise<TestBrowser> {
  const firefox = ENGINES.firefox.find();
  if (engine === 'firefox' && !firefox) throw new Error(`${ENGINES.firefox.label} is not installed`);
  const browser: Browser =
    engine === 'firefox'
      ? await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true, ...(options.forcedColors ? { extraPrefsFirefox: FIREFOX_FORCED_COLORS } : {}) })
      : await launchChrome();
  return {
    engine,
    label: ENGINES[engine].label,
    newPage: async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 800, height: 900 });
      return puppeteerPage(page, options, engine);
    },
    close: () => browser.close(),
  };
}

async function webKitBrowser(options: LaunchOptions): Promise<TestBrowser> {
  if (options.forcedColors) throw new Error('WebKit has no forced-colours mode');
  const { session, close } = await startWebKit();
  return { engine: 'webkit', label: ENGINES.webkit.label, newPage: async () => webDriverPage(session), close };
}

export function launch(engine: EngineName, options: LaunchOptions = {}): Promise<TestBrowser> {
  return engine === 'webkit' ? webKitBrowser(options) : puppeteerBrowser(engine, options);
}

/**
 * Declares `body`'s tests once per engine (`MCW_ENGINES` narrows them, `only` too), each
 * block titled "… in Firefox" and given that engine's browser.
 */
export function inEachEngine(
  title: string,
  body: (browser: () => TestBrowser) => void,
  { only, ...options }: LaunchOptions & { only?: EngineName[] } = {},
): void {
  for (const engine of selectedEngines().filter((name) => !only || only.includes(name))) {
    describe(`${title} in ${ENGINES[engine].label}`, () => {
      let browser: TestBrowser | undefined;
      before(async () => (browser = await launch(engine, options)));
      after(async () => browser?.close());
      body(() => {
        if (!browser) throw new Error(`${ENGINES[engine].label} did not start`);
        return browser;
      });
    });
  }
}

/**
 * A script for test pages to load first (`<script src="/probe.js">`, same origin, so even a
 * strict CSP allows it): it notes uncaught errors, console warnings and errors, and CSP
 * violations in `window.mcwProbe`, where a test reads them in any engine.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = (window.mcwProbe = { errors: [], warnings: [], violations: [] });
  addEventListener('error', (event) => probe.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => probe.errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => probe.violations.push(event.violatedDirective + ': ' + event.blockedURI));
  for (const level of ['warn', 'error']) {
    const original = console[level];
    console[level] = (...args) => {
      probe[level === 'warn' ? 'warnings' : 'errors'].push(args.map(String).join(' '));
      original.apply(console, args);
    };
  }
})();`;

export interface Probed {
  errors: string[];
  warnings: string[];
  violations: string[];
}

/** What the probe noted on the page so far. */
export function probed(page: TestPage): Promise<Probed> {
  return page.evaluate(() => Reflect.get(window, 'mcwProbe') as Probed);
}
