/**
 * The built one-file bundle on hostile pages: a strict Content Security Policy
 * with Trusted Types enforced, and two copies of the library on one page; in
 * Chromium, Firefox and WebKit. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { inEachEngine, PROBE_SCRIPT, probed, type Probed, type TestBrowser } from './engines.js';
import { serve, type TestServer } from './support.js';

/** The policy the README tells sites to use: no inline script or style, no eval, Trusted Types on. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const bundle = readFileSync('dist/cdn/microcredential-widgets.js', 'utf8');
const widgets = `<stat-card finding="employers-higher-starting-salary"></stat-card>
<comparison-bar finding="students-enrolment-by-credential-type"></comparison-bar>
<trend-line finding="students-want-credit-bearing"></trend-line>
<stat-card finding="no-such-finding"></stat-card>
<comparison-bar data='[{"label":"&lt;img src=x onerror=alert(1)&gt;","value":10},{"label":"b","value":20}]'></comparison-bar>`;

const pages: Record<string, { body: string; csp?: string }> = {
  '/strict.html': { body: `${widgets}<script type="module" src="/one/microcredential-widgets.js"></script>`, csp: STRICT_CSP },
  '/two-copies.html': {
    body: `${widgets}<script type="module" src="/one/microcredential-widgets.js"></script><script type="module" src="/two/microcredential-widgets.js"></script>`,
    csp: `${STRICT_CSP} 'allow-duplicates'`,
  },
};

interface Visit extends Probed {
  texts: string[];
}

async function visit(browser: TestBrowser, url: string): Promise<Visit> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitFor(() => [...document.querySelectorAll('stat-card, comparison-bar, trend-line')].every((element) => element.shadowRoot?.firstElementChild), {});
  await new Promise((resolve) => setTimeout(resolve, 200));
  const texts = await page.evaluate(() =>
    // The text as laid out: blocks are separate lines (the templates keep no white space between them).
    [...document.querySelectorAll('stat-card, comparison-bar, trend-line')].map((element) =>
      [...(element.shadowRoot?.children ?? [])].map((child) => (child as HTMLElement).innerText).join(' ').replace(/\s+/g, ' ').trim(),
    ),
  );
  const result = { ...(await probed(page)), texts };
  await page.close();
  return result;
}

describe('the bundle on a hostile page', () => {
  let server: TestServer;
  let origin = '';
  before(async () => {
    server = await serve((path, _request, response) => {
      const page = pages[path];
      if (page) {
        response.writeHead(200, { 'content-type': 'text/html', ...(page.csp ? { 'content-security-policy': page.csp } : {}) });
        // The probe comes first, from the page's own origin, as the policy allows.
        return void response.end(`<!doctype html><html lang="en"><head><title>t</title><script src="/probe.js"></script></head><body>${page.body}</body></html>`);
      }
      if (path === '/probe.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(PROBE_SCRIPT);
      // Two URLs, two module instances: the second is a second copy of the library.
      if (path === '/one/microcredential-widgets.js' || path === '/two/microcredential-widgets.js') {
        return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(`${bundle}\n// ${path}`);
      }
      // The files beside the script (authoring.js, i18n/), as the README says to copy them.
      const beside = /^\/(?:one|two)\/((?:i18n\/)?[a-z-]+\.js)$/.exec(path)?.[1];
      if (beside && existsSync(`dist/cdn/${beside}`)) {
        return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(`dist/cdn/${beside}`));
      }
      response.writeHead(404).end();
    });
    origin = server.origin;
  });
  after(() => server.close());

  inEachEngine('the bundle', (browser) => {
    it('renders under a strict CSP with Trusted Types, with no violation', async () => {
      const result = await visit(browser(), `${origin}/strict.html`);
      assert.deepEqual(result.violations, []);
      assert.deepEqual(result.errors, []);
      assert.match(result.texts[0] ?? '', /^9 in 10 90% Employers who would pay more to start/);
      assert.match(result.texts[2] ?? '', /\+39 points since 2023/);
      assert.match(result.texts[3] ?? '', /there is no finding "no-such-finding"/);
      assert.match(result.texts[4] ?? '', /<img src=x onerror=alert\(1\)>/, 'markup in data is shown as text');
    });

    it('keeps the first copy when a second one loads: no error, one warning', async () => {
      const result = await visit(browser(), `${origin}/two-copies.html`);
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.violations, []);
      const defineWarnings = result.warnings.filter((warning) => warning.includes('already defined'));
      assert.equal(defineWarnings.length, 1);
      assert.match(result.texts[1] ?? '', /\+52 points/);
    });
  });
});
