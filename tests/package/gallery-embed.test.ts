/**
 * The embed code as a newcomer uses it: copy the built file where the README says,
 * paste the gallery's snippet into a page of a plain static site, open it in
 * Chromium, Firefox and WebKit. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { getFinding } from '../../src/data/index.js';
import { renderStatic } from '../../src/export/static.js';
import { DEFAULT_EMBED_PAGE_URL, DEFAULT_SCRIPT_URL, iframeEmbed, scriptEmbed, scriptTag } from '../../site/embed-code.js';
import { inEachEngine, PROBE_SCRIPT, probed } from './engines.js';
import { CONTENT_TYPES, serve, type TestServer } from './support.js';

const repo = process.cwd();
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const finding = getFinding('employers-higher-starting-salary');

describe('the gallery embed code, following the README', () => {
  const root = mkdtempSync(join(tmpdir(), 'mcw-site-'));
  let site: TestServer;
  /** Requests the site could not answer: a missing file is a broken snippet. */
  const missing: string[] = [];
  before(async () => {
    assert.ok(existsSync(join(repo, 'dist/cdn/microcredential-widgets.js')), 'run `npm run build` first');
    // "copy dist/cdn/microcredential-widgets.js … to your site, e.g. /assets/microcredential-widgets.js"
    mkdirSync(join(root, 'assets'));
    cpSync(join(repo, 'dist/cdn/microcredential-widgets.js'), join(root, 'assets/microcredential-widgets.js'));
    // For the iframe: dist/ served as it is built, under /microcredential-widgets/.
    cpSync(join(repo, 'dist'), join(root, 'microcredential-widgets'), { recursive: true });
    site = await serve((path, _request, response) => {
      const file = join(root, path);
      if (!file.startsWith(root) || !existsSync(file)) {
        missing.push(path);
        return void response.writeHead(404).end();
      }
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    writeFileSync(join(root, 'probe.js'), PROBE_SCRIPT);
  });
  after(() => {
    site?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('uses the path the README names, and the README shows the same script tag', () => {
    assert.ok(readme.includes(`e.g. \`${DEFAULT_SCRIPT_URL}\``), 'the README names the default path');
    assert.ok(readme.includes(scriptTag(DEFAULT_SCRIPT_URL)), 'the README example has the gallery script tag');
  });

  inEachEngine('the snippets', (browser) => {
    it('renders the widget when pasted into a page', async () => {
      assert.ok(finding);
      const snippet = scriptEmbed('stat-card', finding.id, renderStatic(finding, 'fallback', { theme: 'light', locale: 'en', width: 600 }), DEFAULT_SCRIPT_URL);
      writeFileSync(
        join(root, 'post.html'),
        `<!doctype html><html lang="en"><head><title>A post</title><script src="/probe.js"></script></head><body>\n<p>Before.</p>\n${snippet}\n<p>After.</p>\n</body></html>`,
      );
      missing.length = 0;
      const page = await browser().newPage();
      await page.goto(`${site.origin}/post.html`);
      await page.waitFor(() => document.querySelector('stat-card')?.shadowRoot?.querySelector('[part~="value"]'), { timeout: 10_000 });
      const value = await page.evaluate(() => document.querySelector('stat-card')?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim());
      const { errors } = await probed(page);
      await page.close();
      assert.equal(value, '9 in 10 90%');
      assert.deepEqual(errors, []);
      assert.deepEqual(missing, [], 'every file the page asked for was there');
    });

    it('renders and sizes the iframe embed when pasted into a page', async () => {
      assert.ok(finding);
      const snippet = iframeEmbed('stat-card', finding.id, finding.label, DEFAULT_EMBED_PAGE_URL);
      writeFileSync(join(root, 'iframe-post.html'), `<!doctype html><html lang="en"><head><title>A post</title></head><body>\n${snippet}\n</body></html>`);
      const page = await browser().newPage();
      await page.goto(`${site.origin}/iframe-post.html`);
      await page.waitFor(
        () => {
          const frame = document.querySelector('iframe');
          return frame?.style.height !== '340px' && frame?.contentDocument?.querySelector('stat-card')?.shadowRoot?.querySelector('[part~="value"]');
        },
        { timeout: 10_000 },
      );
      const height = await page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0);
      await page.close();
      assert.ok(height > 100 && height < 600, `the iframe is ${height}px high`);
    });
  });
});
