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
  close(): Promise<void>;
}

export interface TestBrowser {
  engine: EngineName;
  label: string;
  /** A page of its own in Chromium and Firefox; in WebKit the one window, emptied on close. */
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function puppeteerPage(page: Page): TestPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    waitFor: async (fn, { timeout = 10_000 }, ...args) => void (await page.waitForFunction(fn as never, { timeout, polling: 100 }, ...(args as unknown as never[]))),
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
    close: async () => void (await session.navigate('about:blank')),
  };
}

async function puppeteerBrowser(engine: 'chromium' | 'firefox'): Promise<TestBrowser> {
  const executablePath = ENGINES[engine].find();
  if (!executablePath) throw new Error(`${ENGINES[engine].label} is not installed`);
  const browser: Browser = await puppeteer.launch(
    engine === 'firefox' ? { browser: 'firefox', executablePath, headless: true } : { executablePath, headless: true, args: chromeArgs() },
  );
  return {
    engine,
    label: ENGINES[engine].label,
    newPage: async () => puppeteerPage(await browser.newPage()),
    close: () => browser.close(),
  };
}

async function webKitBrowser(): Promise<TestBrowser> {
  const { session, close } = await startWebKit();
  return { engine: 'webkit', label: ENGINES.webkit.label, newPage: async () => webDriverPage(session), close };
}

export function launch(engine: EngineName): Promise<TestBrowser> {
  return engine === 'webkit' ? webKitBrowser() : puppeteerBrowser(engine);
}

/**
 * Declares `body`'s tests once per engine (`MCW_ENGINES` narrows them), each
 * block titled "… in Firefox" and given that engine's browser.
 */
export function inEachEngine(title: string, body: (browser: () => TestBrowser) => void): void {
  for (const engine of selectedEngines()) {
    describe(`${title} in ${ENGINES[engine].label}`, () => {
      let browser: TestBrowser | undefined;
      before(async () => (browser = await launch(engine)));
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
