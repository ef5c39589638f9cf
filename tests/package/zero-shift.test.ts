/**
 * The gallery's default embed never shifts the page: pasted three times into a
 * post served under a strict Content Security Policy, with the script arriving
 * 400 ms late or never, at 320 and 1,000 px, light and dark, in Chromium, Firefox
 * and WebKit. Layout shift is measured by scripts/layout-shift-probe.js (and, in
 * Chromium, by the browser's own layout-shift entries too). Needs `npm run build` first.
 *
 * The post links the stylesheet from its head, as the README says to where one can. Pasted
 * only in the body, the snippet measures 0 as well in Chromium, which holds the drawing for a
 * stylesheet anywhere; Firefox and WebKit may draw the body before a stylesheet linked there
 * has arrived (the README's stated limit; on a loaded machine this test saw it in Firefox
 * even from a local server), so there the body-only case is the bench's to measure, not a
 * guarantee to hold.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { getFinding } from '../../src/data/index.js';
import { renderHtml } from '../../src/export/html.js';
import { renderStatic } from '../../src/export/static.js';
import { TAG_FOR_KIND } from '../../src/view/widgets.js';
import { zeroShiftEmbed } from '../../site/embed-code.js';
import { inEachEngine, PROBE_SCRIPT, probed, type TestBrowser } from './engines.js';
import { serve, type TestServer } from './support.js';

/** The policy of the issue: no inline style or script at all. */
const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";
const SCRIPT_LATE_MS = 400;
const FINDINGS = ['employers-higher-starting-salary', 'students-enrolment-by-credential-type', 'students-want-credit-bearing'];

/** The shadow root's content as the html export writes it (after its stylesheet link): what the gallery's snippet holds. */
function drawn(id: string): { tag: string; shadow: string; fallback: string } {
  const finding = getFinding(id);
  assert.ok(finding);
  const options = { theme: 'light', locale: 'en', width: 600 } as const;
  const exported = renderHtml(finding, options, { stylesheet: 'x.css' });
  const shadow = /<template shadowrootmode="open"><link rel="stylesheet" href="x.css">([\s\S]*)<\/template>/.exec(exported)?.[1];
  assert.ok(shadow, 'the html export links its stylesheet from the shadow root');
  return { tag: TAG_FOR_KIND[finding.kind], shadow, fallback: renderStatic(finding, 'fallback', options) };
}

type Placement = 'head' | 'body';

/**
 * A post with the three snippets between paragraphs; the script is served from `/<timing>/assets/`.
 * `head`: the site's template also links the stylesheet from the head; `body`: only the pasted snippets do.
 */
function post(timing: 'late' | 'absent', theme: 'light' | 'dark', placement: Placement): string {
  const snippets = FINDINGS.map((id) => {
    const { tag, shadow, fallback } = drawn(id);
    const snippet = zeroShiftEmbed(tag, id, shadow, fallback, `/${timing}/assets/microcredential-widgets.js`);
    return theme === 'dark' ? snippet.replace(`<${tag} `, `<${tag} theme="dark" `) : snippet;
  });
  const paragraph = '<p>A paragraph of the article, long enough to wrap onto a second line in a narrow column, before the widget.</p>';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>` +
    `<script src="/probe.js"></script><script src="/layout-shift-probe.js"></script><link rel="stylesheet" href="/post.css">` +
    (placement === 'head' ? `<link rel="stylesheet" href="/${timing}/assets/microcredential-widgets.css">` : '') +
    `</head>` +
    `<body>${snippets.map((snippet) => `${paragraph}\n${snippet}`).join('\n')}\n<p>The end of the article.</p></body></html>`
  );
}

interface Visit {
  measured: number;
  /** What moved, when something did (the probe keeps the first 20). */
  moves: unknown[];
  entries: number | null;
  violations: string[];
  errors: string[];
  /** Per widget: its cards in the shadow root, whether the stylesheet styled it, whether the fallback text shows. */
  widgets: Array<{ cards: number; styled: boolean; fallbackShown: boolean; linked: boolean }>;
}

async function visit(browser: TestBrowser, url: string, width: number, taken: boolean): Promise<Visit> {
  const page = await browser.newPage();
  // Tall enough to see every widget: a shift below the fold would not count.
  await page.setViewport(width, 2400);
  await page.goto(url);
  if (taken) {
    // Taken over: the element has replaced what was written out (the stylesheet link went with it).
    await page.waitFor(() => [...document.querySelectorAll('stat-card, comparison-bar, trend-line')].every((element) => element.shadowRoot?.querySelector('.card') && !element.shadowRoot.querySelector('link')), {
      timeout: 10_000,
    });
  }
  await new Promise((resolve) => setTimeout(resolve, taken ? 500 : SCRIPT_LATE_MS + 1000));
  const result = await page.evaluate(() => ({
    ...(Reflect.get(window, 'mcwLayoutShift') as { measured: number; entries: number | null; moves: unknown[] }),
    widgets: [...document.querySelectorAll('stat-card, comparison-bar, trend-line')].map((element) => {
      const card = element.shadowRoot?.querySelector('.card');
      return {
        cards: element.shadowRoot?.querySelectorAll('.card').length ?? 0,
        styled: card ? getComputedStyle(card).borderTopLeftRadius === '8px' : false,
        fallbackShown: (element.querySelector(':scope > p')?.getClientRects().length ?? 0) > 0,
        linked: !!element.shadowRoot?.querySelector('link'),
      };
    }),
  }));
  const { violations, errors } = await probed(page);
  await page.close();
  return { ...result, violations, errors };
}

describe('the default embed never shifts the page', () => {
  let server: TestServer;
  const assets = (file: string) => readFileSync(`dist/cdn/${file}`);
  before(async () => {
    assert.ok(existsSync('dist/cdn/microcredential-widgets.css'), 'run `npm run build` first');
    server = await serve((path, _request, response) => {
      const html = (body: string) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(body);
      const page = /^\/(late|absent)\/(light|dark)-(head|body)\.html$/.exec(path);
      if (page) return void html(post(page[1] as 'late' | 'absent', page[2] as 'light' | 'dark', page[3] as Placement));
      if (path === '/probe.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(PROBE_SCRIPT);
      if (path === '/layout-shift-probe.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('scripts/layout-shift-probe.js'));
      if (path === '/post.css') return void response.writeHead(200, { 'content-type': 'text/css' }).end('body{font:17px/1.6 Georgia,serif;max-width:40rem;margin:0 auto;padding:0 12px}');
      if (path.endsWith('/assets/microcredential-widgets.css')) return void response.writeHead(200, { 'content-type': 'text/css' }).end(assets('microcredential-widgets.css'));
      if (path === '/late/assets/microcredential-widgets.js') {
        return void setTimeout(() => response.writeHead(200, { 'content-type': 'text/javascript' }).end(assets('microcredential-widgets.js')), SCRIPT_LATE_MS);
      }
      // `/absent/assets/microcredential-widgets.js`: blocked, or never copied.
      response.writeHead(404).end();
    });
  });
  after(() => server.close());

  const cases = [
    { timing: 'late', theme: 'light', width: 320 },
    { timing: 'late', theme: 'dark', width: 1000 },
    { timing: 'absent', theme: 'dark', width: 320 },
    { timing: 'absent', theme: 'light', width: 1000 },
  ] as const;
  const holds = (browser: () => TestBrowser, placement: Placement) => {
    for (const { timing, theme, width } of cases) {
      const taken = timing === 'late';
      it(`${taken ? `script ${SCRIPT_LATE_MS} ms late` : 'no script'}, ${theme}, ${width} px, stylesheet linked from the ${placement}: layout shift 0, ${taken ? 'taken over in place' : 'the card styled'}, no CSP violation`, async () => {
        const result = await visit(browser(), `${server.origin}/${timing}/${theme}-${placement}.html`, width, taken);
        assert.deepEqual(result.violations, [], 'the strict policy blocks nothing');
        assert.equal(result.measured, 0, `measured layout shift (the browser's own entries: ${result.entries}); what moved: ${JSON.stringify(result.moves)}`);
        if (result.entries !== null) assert.equal(result.entries, 0, "the browser's own layout-shift entries");
        assert.equal(result.widgets.length, FINDINGS.length);
        for (const widget of result.widgets) {
          assert.deepEqual(widget, { cards: 1, styled: true, fallbackShown: false, linked: !taken }, 'one styled card, no fallback text beside it');
        }
        if (taken) assert.deepEqual(result.errors, []);
      });
    }
  };
  inEachEngine('the default embed, its stylesheet also in the head', (browser) => holds(browser, 'head'));
  inEachEngine('the default embed pasted only in the body', (browser) => holds(browser, 'body'), { only: ['chromium'] });
});
