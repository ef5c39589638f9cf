/**
 * The built demo site (`npm run build:site`, dist/site/) as a static host serves it: from plain
 * files, under a subfolder (/sub/dir/), with no endpoint. Every page loads with nothing missing;
 * in the gallery, each embed form's code is copied with its button and pasted into an empty page
 * (the CDN script served beside it), which must render what the gallery's preview shows: the same
 * text, the same size. The chosen options survive a reload.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChrome } from './engines.js';
import { CONTENT_TYPES, serve, type TestServer } from './support.js';

const repo = process.cwd();
const SITE = '/sub/dir/';
const pasted = mkdtempSync(join(tmpdir(), 'mcw-pasted-'));
/** What the static server serves: folders by URL prefix, nothing else. */
const MOUNTS: Array<[prefix: string, folder: string]> = [
  [SITE, join(repo, 'dist/site')],
  ['/cdn/', join(repo, 'dist/cdn')],
  ['/paste/', pasted],
];
const TYPES: Record<string, string> = { ...CONTENT_TYPES, '.json': 'application/json', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon' };

/** What one widget, frame or static export shows: its text and its box. */
interface Rendering {
  text: string;
  width: number;
  height: number;
}

/**
 * Finds what the pasted code (or the preview, inside `root`) renders and measures it; runs in
 * the page, so it declares no helper (tsx would wrap a named one in a function the page lacks).
 */
function measure(rootSelector: string): Rendering | null {
  const root = document.querySelector(rootSelector);
  if (!root) return null;
  const widget = root.querySelector('stat-card, comparison-bar, trend-line');
  const frame = root.querySelector('iframe');
  const inner = frame?.contentDocument;
  const embedded = inner?.querySelector('stat-card, comparison-bar, trend-line');
  let shown: Element | null | undefined;
  let text: string | null | undefined;
  if (widget) {
    // The element, once it has drawn its card.
    if (!widget.shadowRoot?.querySelector('[part~="base"]')) return null;
    [shown, text] = [widget, widget.shadowRoot.textContent];
  } else if (embedded) {
    // The iframe embed, once its widget has drawn and the resizer has given the frame its height.
    if (!embedded.shadowRoot?.querySelector('[part~="base"]') || frame?.style.height === '340px') return null;
    [shown, text] = [frame, embedded.shadowRoot.textContent];
  } else if (frame) {
    // The email or SVG preview: a page of its own.
    if (inner?.readyState !== 'complete') return null;
    [shown, text] = [inner.body?.firstElementChild, inner.body?.textContent];
  } else {
    [shown, text] = [root.firstElementChild, root.textContent];
  }
  if (!shown) return null;
  const box = shown.getBoundingClientRect();
  return { text: (text ?? '').replace(/\s+/g, ' ').trim(), width: box.width, height: box.height };
}

async function rendering(page: Page, rootSelector: string): Promise<Rendering> {
  await page.waitForFunction(measure, { timeout: 15_000, polling: 100 }, rootSelector);
  // One more frame, for a resize still settling.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const measured = await page.evaluate(measure, rootSelector);
  assert.ok(measured, `nothing rendered in ${rootSelector}`);
  return measured;
}

describe('the built site on a plain static server, under a subfolder', () => {
  let site: TestServer;
  let browser: Browser;
  /** Requests that found no file: a broken link, script or snippet. */
  const missing: string[] = [];
  const url = (path: string) => `${site.origin}${SITE}${path}`;

  before(async () => {
    assert.ok(existsSync(join(repo, 'dist/site/site/gallery.html')), 'run `npm run build:site` first');
    assert.ok(existsSync(join(repo, 'dist/cdn/microcredential-widgets.js')), 'run `npm run build` first');
    site = await serve((path, _request, response) => {
      const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix));
      const file = mount && normalize(join(mount[1], decodeURIComponent(path.slice(mount[0].length))));
      const found = mount && file && file.startsWith(mount[1]) && existsSync(file) && statSync(file).isFile() ? file : mount && file && existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
      if (!found) {
        missing.push(path);
        return void response.writeHead(404).end();
      }
      response.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' }).end(readFileSync(found));
    });
    browser = await launchChrome();
    await browser.defaultBrowserContext().overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  });
  after(async () => {
    await browser?.close();
    site?.close();
    rmSync(pasted, { recursive: true, force: true });
  });

  /** Opens a page of the site, failing on any uncaught error or console error. */
  async function open(path: string, width = 1200): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(path.startsWith('http') ? path : url(path), { waitUntil: 'load' });
    return { page, problems };
  }

  it('serves every page and everything it links to, with no file missing and no error', async () => {
    const pages = ['index.html', 'site/gallery.html', 'site/article.html', 'site/newsletter.html', 'site/iframe.html', 'site/states.html', 'embed.html?widget=stat-card&finding=employers-higher-starting-salary'];
    const links = new Set<string>();
    for (const path of pages) {
      const { page, problems } = await open(path);
      await page.waitForFunction(() => [...document.querySelectorAll('stat-card, comparison-bar, trend-line')].some((widget) => widget.shadowRoot?.querySelector('[part~="base"]')) || document.querySelector('iframe'), { timeout: 15_000 });
      for (const link of await page.evaluate(() => [...document.querySelectorAll('a[href], iframe[src]')].map((element) => (element instanceof HTMLIFrameElement ? element.src : (element as HTMLAnchorElement).href)))) {
        if (link.startsWith(site.origin)) links.add(link.replace(/#.*$/, ''));
      }
      await page.close();
      // The states page's error cards say what is wrong in the console (tests/package/states-page.test.ts counts them).
      if (path !== 'site/states.html') assert.deepEqual(problems, [], path);
    }
    for (const link of links) {
      assert.ok(link.startsWith(`${site.origin}${SITE}`), `${link} leaves the subfolder: links must be relative`);
      assert.equal((await fetch(link)).status, 200, link);
    }
    assert.ok([...links].some((link) => link.includes('storybook-static/index.html')), 'the site links to Storybook');
    assert.deepEqual(missing, []);
  });

  it('includes Storybook, which shows a story', async () => {
    const { page } = await open('storybook-static/iframe.html?id=widgets-stat-card--finding&viewMode=story');
    await page.waitForFunction(() => document.querySelector('stat-card')?.shadowRoot?.querySelector('[part~="value"]'), { timeout: 20_000 });
    await page.close();
  });

  const FORMS = [
    { format: 'element', finding: 'students-want-credit-bearing', lang: 'tr', theme: 'dark', width: '480' },
    { format: 'script', finding: 'employers-higher-starting-salary', lang: 'en', theme: 'light', width: '600' },
    { format: 'html', finding: 'students-enrolment-by-credential-type', lang: 'de', theme: 'dark', width: '420' },
    { format: 'iframe', finding: 'students-want-credit-bearing', lang: 'fr', theme: 'light', width: '600' },
    { format: 'email', finding: 'leaders-adoption-challenges', lang: 'es', theme: 'dark', width: '480' },
    { format: 'svg', finding: 'employers-starting-salary-premium', lang: 'hi', theme: 'light', width: '360' },
  ];
  for (const form of FORMS) {
    it(`copies the ${form.format} code, which renders its preview in an empty page (${form.lang}, ${form.theme})`, async () => {
      const query = new URLSearchParams({
        q: form.finding,
        format: form.format,
        lang: form.lang,
        theme: form.theme,
        width: form.width,
        'script-url': '/cdn/microcredential-widgets.js',
        'embed-page-url': url('embed.html'),
      });
      const { page: gallery, problems } = await open(`site/gallery.html?${query}`);
      const item = `.item[data-finding="${form.finding}"]`;
      await gallery.waitForFunction((selector) => document.querySelector<HTMLElement>(selector)?.hidden === false, {}, item);
      const preview = await rendering(gallery, `${item} .preview`);
      await gallery.click(`${item} button.copy`);
      await gallery.waitForFunction((selector) => document.querySelector(`${selector} .copied`)?.textContent === 'Copied', { timeout: 5000 }, item);
      const copied = await gallery.evaluate(() => navigator.clipboard.readText());
      const shown = await gallery.evaluate((selector) => document.querySelector(`${selector} code`)?.textContent, item);
      const previewWidth = await gallery.evaluate((selector) => document.querySelector(`${selector} .preview`)!.getBoundingClientRect().width, item);
      await gallery.close();
      assert.equal(copied, shown, 'the button copies the code shown');
      assert.deepEqual(problems, []);

      // The empty page the code is pasted into, as wide as the preview (plus the body's margins).
      writeFileSync(join(pasted, `${form.format}.html`), `<!doctype html><html><head><meta charset="utf-8"></head><body>${copied}</body></html>`);
      const { page, problems: pageProblems } = await open(`${site.origin}/paste/${form.format}.html`, Math.round(previewWidth) + 16);
      const result = await rendering(page, 'body');
      if (form.format === 'html' || form.format === 'element') {
        // Drawn in place: the shadow root is in the markup, readable before (and without) the script.
        const withoutScript = await browser.newPage();
        await withoutScript.setJavaScriptEnabled(false);
        await withoutScript.goto(`${site.origin}/paste/${form.format}.html`);
        const text = await withoutScript.evaluate(() =>
          document.querySelector('comparison-bar, trend-line')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(),
        );
        await withoutScript.close();
        assert.ok(text?.includes(form.format === 'html' ? '+52' : '+39'), `the card drawn in place shows its figures without the script: ${text}`);
      }
      await page.close();
      assert.deepEqual(pageProblems, []);
      assert.equal(result.text, preview.text, 'the pasted code says what the preview says');
      assert.ok(result.text.length > 40, result.text);
      assert.ok(Math.abs(result.width - preview.width) < 1 && Math.abs(result.height - preview.height) < 1, `pasted ${result.width}×${result.height}, preview ${preview.width}×${preview.height}`);
      assert.deepEqual(missing, []);
    });
  }

  it('keeps every choice in the address bar, restored on reload, and filters without remaking previews', async () => {
    const { page, problems } = await open('site/gallery.html');
    await page.waitForFunction(() => document.querySelector('#count')?.textContent === '66 of 66 findings');
    const choices: Record<string, string> = { audience: 'students', element: 'comparison-bar', lang: 'tr', theme: 'auto', format: 'email' };
    for (const [name, value] of Object.entries(choices)) await page.select(`#filters [name="${name}"]`, value);
    const before = await page.evaluate(() => [...document.querySelectorAll('.item:not([hidden]) .preview > *')].length);
    await page.type('#filters [name="q"]', 'kredi');
    for (const [name, value] of [['width', '520'], ['script-url', '/js/mcw.js']]) {
      await page.$eval(`#filters [name="${name}"]`, (field) => ((field as HTMLInputElement).value = ''));
      await page.type(`#filters [name="${name}"]`, value!);
    }
    const fields = () => Object.fromEntries([...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#filters [name]')].map((field) => [field.name, field.value]));
    const chosen = await page.evaluate(fields);
    const shown = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.item:not([hidden])')].map((item) => item.dataset.finding));
    assert.ok(shown.length > 0 && shown.length < before, `${shown.length} of ${before} shown`);
    assert.equal(chosen.q, 'kredi');
    assert.equal(chosen.width, '520');
    const address = new URL(page.url());
    for (const name of [...Object.keys(choices), 'q', 'width', 'script-url']) assert.equal(address.searchParams.get(name), chosen[name], name);

    // Typing in the search only hides and shows: the previews already made stay as they are.
    await page.evaluate(() => document.querySelectorAll('.item .preview > *').forEach((node) => ((node as HTMLElement).dataset.kept = 'yes')));
    await page.type('#filters [name="q"]', ' ');
    await page.keyboard.press('Backspace');
    assert.equal(await page.evaluate(() => document.querySelectorAll('.item:not([hidden]) .preview > :not([data-kept])').length), 0);

    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => /^\d+ of 66 findings$/.test(document.querySelector('#count')?.textContent ?? ''));
    assert.deepEqual(await page.evaluate(fields), chosen);
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.item:not([hidden])')].map((item) => item.dataset.finding)), shown);
    await page.close();
    assert.deepEqual(problems, []);
  });
});
