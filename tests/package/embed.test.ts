/**
 * The iframe embed as shipped: dist/embed.html on one origin, a host page with
 * dist/embed-resizer.js on another, in Chromium, Firefox and WebKit. Needs
 * `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { inEachEngine, type TestBrowser } from './engines.js';
import { CONTENT_TYPES, serve, type TestServer } from './support.js';

const dist = resolve('dist');

describe('the iframe embed', () => {
  let widgets: TestServer;
  let host: TestServer;
  before(async () => {
    widgets = await serve((path, _request, response) => {
      const file = join(dist, path);
      if (!file.startsWith(dist) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    host = await serve((path, _request, response) => {
      if (path === '/embed-resizer.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dist, 'embed-resizer.js')));
      // An impostor on the host's own origin: it posts a huge height, pretending to be an embed.
      if (path === '/impostor.html') {
        return void response
          .writeHead(200, { 'content-type': 'text/html' })
          .end(`<script>parent.postMessage({ type: 'microcredential-widgets:height', height: 5000 }, '*')</script>`);
      }
      // "/" loads the resizer first; "/late" loads it 1 s after every iframe has loaded, as a theme footer may.
      const resizer = '<script type="module" src="/embed-resizer.js"></script>';
      // Before adding it, the late page notes the iframes' heights, to show nothing had sized them yet.
      const late = `<script>
addEventListener('load', () => setTimeout(() => {
  document.body.dataset.heightsBeforeResizer = [...document.querySelectorAll('iframe')].map((frame) => frame.style.height).join(' ');
  document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: '/embed-resizer.js' }));
}, 1000));
</script>`;
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><title>host</title>
${path === '/late' ? late : resizer}</head><body>
<iframe id="stat" data-microcredential-widgets title="stat" style="width:360px;height:100px;border:0" src="${widgets.origin}/embed.html?widget=stat-card&finding=employers-higher-starting-salary"></iframe>
<iframe id="chart" data-microcredential-widgets title="chart" style="width:700px;height:100px;border:0" src="${widgets.origin}/embed.html?widget=comparison-bar&finding=leaders-adoption-challenges&theme=dark"></iframe>
<iframe id="bad" data-microcredential-widgets title="bad" style="width:360px;height:100px;border:0" src="${widgets.origin}/embed.html?widget=marquee"></iframe>
<iframe id="impostor" data-microcredential-widgets title="impostor" style="width:360px;height:100px;border:0" src="${widgets.origin}/embed.html?widget=stat-card&finding=entry-level-raise"></iframe>
</body></html>`);
    });
  });
  after(() => {
    widgets.close();
    host.close();
  });

  /** Opens a host page, waits until the embeds are sized, lets an impostor try, and returns what it measured. */
  async function sizedEmbeds(browser: TestBrowser, path: string) {
    const page = await browser.newPage();
    await page.goto(`${host.origin}${path}`);
    // On a timeout the assertions below say which iframe kept its first height.
    await page
      .waitFor(() => ['stat', 'chart', 'bad'].every((id) => document.getElementById(id)?.style.height !== '100px'), { timeout: 10_000 })
      .catch(() => undefined);
    // The last iframe's content navigates away to another origin while its src still names the embed:
    // the page it lands on posts a huge height, which must be ignored.
    await page.evaluate((url) => {
      const frame = document.getElementById('impostor');
      if (frame instanceof HTMLIFrameElement) frame.contentWindow?.location.replace(url);
    }, `${host.origin}/impostor.html`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const measured = await page.evaluate(() =>
      ['stat', 'chart', 'bad', 'impostor'].map((id) => {
        const frame = document.getElementById(id);
        const inner = frame instanceof HTMLIFrameElement ? frame.contentDocument : null;
        return { id, height: frame?.getBoundingClientRect().height ?? 0, style: frame?.style.height ?? '', readable: inner !== null };
      }),
    );
    const before = await page.evaluate(() => document.body.dataset.heightsBeforeResizer);
    await page.close();
    const [stat, chart, bad, impostor] = measured;
    assert.ok(stat && stat.height > 180 && stat.height < 600, `stat-card iframe is ${stat?.height}px`);
    assert.ok(chart && chart.height > 200 && chart.height < 600, `comparison-bar iframe is ${chart?.height}px`);
    assert.ok(bad && bad.height > 20 && bad.height < 200, `the error message sizes its iframe too (${bad?.height}px)`);
    assert.ok(impostor && impostor.style !== '5000px' && impostor.height < 600, `the impostor could not resize its iframe (${impostor?.style})`);
    assert.equal(stat?.readable, false, 'the embed really is on another origin');
    return { before };
  }

  inEachEngine('the embed', (browser) => {
    it('sizes each iframe to its content, and ignores messages from anywhere else', async () => {
      await sizedEmbeds(browser(), '/');
    });

    it('sizes iframes that had loaded before the resizer did (it asks them)', async () => {
      const { before } = await sizedEmbeds(browser(), '/late');
      assert.equal(before, '100px 100px 100px 100px', 'the resizer really came after the embeds had told their heights');
    });

    it('shows the widget inside the iframe', async () => {
      const page = await browser().newPage();
      await page.goto(`${widgets.origin}/embed.html?widget=trend-line&finding=students-want-credit-bearing`);
      await page.waitFor(() => document.querySelector('trend-line')?.shadowRoot?.querySelector('[part~="change"]'), {});
      const change = await page.evaluate(() => document.querySelector('trend-line')?.shadowRoot?.querySelector('[part~="change"]')?.textContent?.replace(/\s+/g, ' ').trim());
      await page.close();
      assert.equal(change, '+39 points since 2023');
    });

    it('sets the widget in the system font stack, not the browser default serif', async () => {
      const page = await browser().newPage();
      await page.goto(`${widgets.origin}/embed.html?widget=stat-card&finding=employers-higher-starting-salary`);
      await page.waitFor(() => document.querySelector('stat-card')?.shadowRoot?.querySelector('[part~="statement"]'), {});
      const fonts = await page.evaluate(() => {
        const statement = document.querySelector('stat-card')?.shadowRoot?.querySelector('[part~="statement"]');
        return { body: getComputedStyle(document.body).fontFamily, statement: statement ? getComputedStyle(statement).fontFamily : '' };
      });
      await page.close();
      assert.match(fonts.body, /^system-ui\b.*sans-serif$/);
      assert.equal(fonts.statement, fonts.body, 'the widget follows the page');
    });
  });
});
