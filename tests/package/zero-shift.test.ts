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
 *
 * It also arrives in pieces, each cut in the middle of a widget's shadow root, as over a slow
 * connection; a busy machine that paints mid-parse draws the same frames (CI saw 0.0094 so).
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
import type { ServerResponse } from 'node:http';
import { serve, type TestServer } from './support.js';

/** The policy of the issue: no inline style or script at all. */
const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";
const SCRIPT_LATE_MS = 400;
/** A slow connection: the post arrives in pieces, each cut in the middle of a widget's shadow root, this long apart. */
const STREAM_PAUSE_MS = 250;
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
function post(timing: 'late' | 'absent' | 'streamed', theme: 'light' | 'dark', placement: Placement): string {
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

/** Writes `html` in pieces, cut halfway through each declarative shadow root, STREAM_PAUSE_MS apart. */
function streamInPieces(html: string, response: ServerResponse): void {
  const cuts = [...html.matchAll(/<template shadowrootmode="open">[\s\S]*?<\/template>/g)].map((root) => (root.index ?? 0) + Math.round(root[0].length / 2));
  const pieces = [0, ...cuts].map((start, i) => html.slice(start, cuts[i] ?? html.length));
  pieces.forEach((piece, i) => setTimeout(() => (i === pieces.length - 1 ? response.end(piece) : response.write(piece)), i * STREAM_PAUSE_MS));
}

interface Visit {
  measured: number;
  /** What moved, when something did (the probe keeps the first 20). */
  moves: unknown[];
  entries: number | null;
  violations: string[];
  errors: string[];
  /** Per widget: its cards in the shadow root, whether the stylesheet styled it and it is laid out, whether the fallback text shows. */
  widgets: Array<{ cards: number; styled: boolean; cardShown: boolean; fallbackShown: boolean; linked: boolean }>;
}

/** Opens `url` and reads what the probes saw; `arrivingMs`: how long the post itself takes to arrive, waited for too. */
async function visit(browser: TestBrowser, url: string, width: number, taken: boolean, arrivingMs = 0): Promise<Visit> {
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
  await new Promise((resolve) => setTimeout(resolve, (taken ? 500 : SCRIPT_LATE_MS + 1000) + arrivingMs));
  const result = await page.evaluate(() => ({
    ...(Reflect.get(window, 'mcwLayoutShift') as { measured: number; entries: number | null; moves: unknown[] }),
    widgets: [...document.querySelectorAll('stat-card, comparison-bar, trend-line')].map((element) => {
      const card = element.shadowRoot?.querySelector('.card');
      return {
        cards: element.shadowRoot?.querySelectorAll('.card').length ?? 0,
        styled: card ? getComputedStyle(card).borderTopLeftRadius === '8px' : false,
        cardShown: (card?.getClientRects().length ?? 0) > 0,
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
      const streamed = /^\/streamed\/(light|dark)-(head|body)\.html$/.exec(path);
      if (streamed) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
        return void streamInPieces(post('streamed', streamed[1] as 'light' | 'dark', streamed[2] as Placement), response);
      }
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
          assert.deepEqual(widget, { cards: 1, styled: true, cardShown: true, fallbackShown: false, linked: !taken }, 'one styled card, no fallback text beside it');
        }
        if (taken) assert.deepEqual(result.errors, []);
      });
    }
  };
  inEachEngine('the default embed, its stylesheet also in the head', (browser) => holds(browser, 'head'));

  // A frame drawn mid-stream once showed a half-parsed card, below the room kept for a plain tag (its
  // host is empty until the fallback after the root): the drawn root's own rules hide both (DRAWN_ROOT_STYLE).
  inEachEngine('the default embed arriving in pieces over a slow connection', (browser) => {
    for (const [theme, width] of [['light', 320], ['dark', 1000]] as const) {
      it(`${theme}, ${width} px, each piece cut mid-card, ${STREAM_PAUSE_MS} ms apart: layout shift 0, the card styled and whole`, async () => {
        const result = await visit(browser(), `${server.origin}/streamed/${theme}-head.html`, width, false, FINDINGS.length * STREAM_PAUSE_MS);
        assert.deepEqual(result.violations, [], 'the strict policy blocks nothing');
        assert.equal(result.measured, 0, `measured layout shift (the browser's own entries: ${result.entries}); what moved: ${JSON.stringify(result.moves)}`);
        if (result.entries !== null) assert.equal(result.entries, 0, "the browser's own layout-shift entries");
        for (const widget of result.widgets) assert.deepEqual(widget, { cards: 1, styled: true, cardShown: true, fallbackShown: false, linked: true });
      });
    }
  });
  inEachEngine('the default embed pasted only in the body', (browser) => holds(browser, 'body'), { only: ['chromium'] });
});
