/** Headless Chromium on the test WordPress: pages as readers and authors see them. */
import type { Browser, Page } from 'puppeteer-core';
import { launchChrome as launch } from '../package/engines.js';

/** Chromium with a protocol timeout long enough for PHP in WebAssembly with one worker. */
export const launchChrome = (): Promise<Browser> => launch({ protocolTimeout: 240_000 });

/** Slow on purpose: PHP runs as WebAssembly with one worker, and a block editor page asks for dozens of files. */
export const PAGE_TIMEOUT_MS = 180_000;

/** The elements' module, as WordPress serves it from the plugin. */
export const MODULE_PATH = '/wp-content/plugins/microcredential-widgets/cdn/microcredential-widgets.js';

export interface Visit {
  page: Page;
  /** Console errors and warnings, uncaught exceptions, dialogs (an `alert()` would be one), failed requests. */
  problems: string[];
  /** Cumulative layout shift so far (with the page's JavaScript on). */
  layoutShift(): Promise<number>;
}

export interface VisitOptions {
  javaScript?: boolean;
  /** Holds the elements' module back this long, as a slow network would. */
  delayModuleMs?: number;
  width?: number;
  /**
   * Refuses the theme's web fonts. Twenty Twenty-Four's swap in when they arrive and shift
   * the page by themselves, with or without the plugin; without them only the plugin can shift it.
   */
  blockFonts?: boolean;
  /** A page already logged in (see logIn); a fresh one otherwise. */
  page?: Page;
}

/** Opens a URL as a reader would, recording what went wrong and the layout shifts. */
export async function visit(browser: Browser, url: string, options: VisitOptions = {}): Promise<Visit> {
  const page = options.page ?? (await browser.newPage());
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  await page.setViewport({ width: options.width ?? 1000, height: 900 });
  await page.setJavaScriptEnabled(options.javaScript ?? true);
  const problems: string[] = [];
  // Offline, WordPress's own requests elsewhere (Gravatar in the admin bar) fail: not the plugin's problem.
  const origin = new URL(url).origin;
  const elsewhere = (address: string | undefined) => address !== undefined && /^https?:/.test(address) && new URL(address).origin !== origin;
  const isFont = (address: string | undefined) => options.blockFonts === true && /\.(woff2?|ttf)(\?|$)/.test(address ?? '');
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warn') return;
    if (message.text().startsWith('Failed to load resource') && (elsewhere(message.location().url) || isFont(message.location().url))) return;
    problems.push(`console.${message.type()}: ${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('requestfailed', (request) => {
    if (!elsewhere(request.url()) && !isFont(request.url())) problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    const shifts: number[] = [];
    (globalThis as unknown as { mcwShifts: number[] }).mcwShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (options.delayModuleMs || options.blockFonts) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (isFont(request.url())) void request.abort('blockedbyclient');
      else if (request.url().includes(MODULE_PATH)) setTimeout(() => void request.continue(), options.delayModuleMs ?? 0);
      else void request.continue();
    });
  }
  const response = await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  if (!response?.ok()) problems.push(`HTTP ${response?.status()} for the page itself`);
  return {
    page,
    problems,
    // Recorded by the page's own JavaScript: measure it with JavaScript on.
    layoutShift: async () => page.evaluate(() => (globalThis as unknown as { mcwShifts?: number[] }).mcwShifts?.reduce((sum, value) => sum + value, 0) ?? 0),
  };
}

export interface WidgetState {
  tag: string;
  finding: string | null;
  theme: string | null;
  locale: string | null;
  className: string;
  /** The shadow root exists: declarative shadow DOM (before the script) or the element's own. */
  shadow: boolean;
  /** The element's script has defined it. */
  upgraded: boolean;
  /** The card's visible text. */
  text: string;
  height: number;
  /** The element shows its error state. */
  error: boolean;
}

/** Every widget on the page, in document order (the page's JavaScript may be off: this runs from DevTools). */
export async function widgetsOn(page: Page): Promise<WidgetState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('stat-card, comparison-bar, trend-line')].map((element) => {
      const card = element.shadowRoot?.querySelector<HTMLElement>('figure, [part="error"]');
      return {
        tag: element.localName,
        finding: element.getAttribute('finding'),
        theme: element.getAttribute('theme'),
        locale: element.getAttribute('locale'),
        className: element.className,
        shadow: element.shadowRoot !== null,
        upgraded: customElements.get(element.localName) !== undefined,
        text: card?.innerText ?? '',
        height: element.getBoundingClientRect().height,
        error: !!element.shadowRoot?.querySelector('[part="error"]'),
      };
    }),
  );
}

/** Waits until every widget on the page is defined and drawn by its script; says what went wrong if not. */
export async function widgetsUpgraded(visit: Visit): Promise<void> {
  const { page } = visit;
  if ((await widgetsOn(page)).length === 0) throw new Error(`${page.url()}: no widget on the page; problems: ${visit.problems.join(' | ')}`);
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('stat-card, comparison-bar, trend-line')];
      return elements.length > 0 && elements.every((element) => customElements.get(element.localName) && element.shadowRoot?.querySelector('figure, [part="error"]'));
    },
    { timeout: PAGE_TIMEOUT_MS },
  ).catch(async (error: unknown) => {
    const widgets = await widgetsOn(page).catch(() => []);
    throw new Error(`${page.url()}: widgets not drawn by their script (${String(error)}); widgets: ${JSON.stringify(widgets.map((widget) => [widget.tag, widget.upgraded]))}; problems: ${visit.problems.join(' | ')}`);
  });
}

/** Logs a user in through wp-login.php, in a browser context of its own (readers' pages stay logged out), and lands on `then` (a path). */
export async function logIn(browser: Browser, origin: string, user: { login: string; password: string }, then: string): Promise<Visit> {
  const context = await browser.createBrowserContext();
  const login = await visit(browser, `${origin}/wp-login.php?redirect_to=${encodeURIComponent(origin + then)}`, { page: await context.newPage() });
  // Set, not typed: wp-login.php focuses and selects the user name field 200 ms after loading, and typing would be replaced.
  await login.page.$eval('#user_login', (field, value) => ((field as HTMLInputElement).value = value), user.login);
  await login.page.$eval('#user_pass', (field, value) => ((field as HTMLInputElement).value = value), user.password);
  await Promise.all([login.page.waitForNavigation({ waitUntil: 'load', timeout: PAGE_TIMEOUT_MS }), login.page.click('#wp-submit')]);
  return login;
}
