/**
 * The layout-shift part of `npm run bench`: an article holding four widgets, as
 * each embed writes them, served under a strict Content Security Policy with the
 * script 400 ms late, 2 s late or never there (404), at 320 and 1,000 px, light and
 * dark, in Chromium, Firefox and WebKit. Cumulative layout shift is read from
 * scripts/layout-shift-probe.js (in Chromium, from the browser's own layout-shift
 * entries, and the probe is checked against them). Also the bytes each embed adds.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { getFinding, listFindings } from '../src/data/index.js';
import type { Finding } from '../src/data/types.js';
import { renderHtml } from '../src/export/html.js';
import { renderStatic } from '../src/export/static.js';
import { TAG_FOR_KIND } from '../src/view/widgets.js';
import { scriptEmbed, scriptTag, stylesheetTag, zeroShiftEmbed } from '../site/embed-code.js';
import { launch } from '../tests/package/engines.js';
import { selectedEngines, ENGINES } from './engines.mjs';
import { serve } from '../tests/package/support.js';

const RUNS = Number(process.env.BENCH_SHIFT_RUNS ?? 3);
/** BENCH_EMBEDS=plain,reserved measures some embeds' layout shift only. */
const CHOSEN = process.env.BENCH_EMBEDS?.split(',');
const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";
const ARTICLE = ['employers-higher-starting-salary', 'students-enrolment-by-credential-type', 'students-want-credit-bearing', 'leaders-adoption-challenges'];
const SCRIPT = '/assets/microcredential-widgets.js';

export const EMBEDS = {
  default: "the gallery's default embed (element drawn in place)",
  fallback: 'script + fallback text (the old default)',
  plain: 'plain tags, no fallback',
  reserved: 'plain tags, the stylesheet linked',
} as const;
type Embed = keyof typeof EMBEDS;
const TIMINGS = { 400: '400 ms late', 2000: '2 s late', never: 'never' } as const;
type Timing = keyof typeof TIMINGS;

const options = { theme: 'light', locale: 'en', width: 600 } as const;
const fallbackOf = (finding: Finding) => renderStatic(finding, 'fallback', options);

/** What the element draws, as the html export writes it into its shadow root (after the stylesheet link). */
function shadowOf(finding: Finding): string {
  const exported = renderHtml(finding, options, { stylesheet: 'x.css' });
  const shadow = /<template shadowrootmode="open"><link rel="stylesheet" href="x\.css">([\s\S]*)<\/template>/.exec(exported)?.[1];
  if (shadow === undefined) throw new Error('the html export no longer links its stylesheet from the shadow root');
  return shadow;
}

/** One embed of a finding, as an editor pastes it (the default one with its stylesheet and script lines). */
export function embedOf(embed: Embed, finding: Finding): string {
  const tag = TAG_FOR_KIND[finding.kind];
  if (embed === 'default') return zeroShiftEmbed(tag, finding.id, shadowOf(finding), fallbackOf(finding), SCRIPT);
  if (embed === 'fallback') return scriptEmbed(tag, finding.id, fallbackOf(finding), SCRIPT);
  return `<${tag} finding="${finding.id}"></${tag}>`; // plain and reserved: the same tag
}

function article(embed: Embed, theme: 'light' | 'dark'): string {
  const blocks = ARTICLE.map((id) => {
    const finding = getFinding(id);
    if (!finding) throw new Error(id);
    const markup = embedOf(embed, finding);
    const themed = theme === 'dark' ? markup.replace(`<${TAG_FOR_KIND[finding.kind]} `, `<${TAG_FOR_KIND[finding.kind]} theme="dark" `) : markup;
    return `<p>Paragraph of article text before the widget, long enough to wrap onto a second line in a typical column.</p>\n${themed}`;
  });
  // Plain tags: the script once, in the head, as a site template would load it (and the stylesheet, which keeps their room).
  const head = embed === 'plain' ? scriptTag(SCRIPT) : embed === 'reserved' ? `${stylesheetTag('/assets/microcredential-widgets.css')}${scriptTag(SCRIPT)}` : '';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script src="/layout-shift-probe.js"></script>` +
    `<link rel="stylesheet" href="/article.css">${head}</head><body>${blocks.join('\n')}\n<p>Closing paragraph.</p></body></html>`
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Bytes one embed adds to a page, gzip, for every finding: median and largest, with and without its text. */
export function embedBytes(): void {
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
  const textOf = (finding: Finding) => fallbackOf(finding).replace(/<[^>]+>/g, '');
  console.log('Bytes one embed adds to a page (gzip, each on its own; median and largest of the 66 findings):');
  console.log(`  ${''.padEnd(54)}${'embed'.padStart(20)}${'its text'.padStart(20)}${'beyond its text'.padStart(20)}`);
  for (const embed of Object.keys(EMBEDS) as Embed[]) {
    const rows = listFindings().map((finding) => {
      // The page's stylesheet and script lines are shared by every widget of a page: not counted per embed.
      const element = embedOf(embed, finding).replace(`${stylesheetTag('/assets/microcredential-widgets.css')}\n`, '').replace(`${scriptTag(SCRIPT)}\n`, '');
      return { embed: gzip(element), text: gzip(textOf(finding)) };
    });
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
    const cell = (values: number[]) => `${kb(median(values))} / ${kb(Math.max(...values))}`.padStart(20);
    console.log(
      embed === 'plain' || embed === 'reserved'
        ? `  ${EMBEDS[embed].padEnd(54)}${cell(rows.map((row) => row.embed))}${'(no text)'.padStart(20)}`
        : `  ${EMBEDS[embed].padEnd(54)}${cell(rows.map((row) => row.embed))}${cell(rows.map((row) => row.text))}${cell(rows.map((row) => row.embed - row.text))}`,
    );
  }
  console.log(`  the shared stylesheet file, once per page (cached across pages): ${(gzip(readFileSync('dist/cdn/microcredential-widgets.css', 'utf8')) / 1024).toFixed(2)} KB`);
}

/** Every engine × embed × timing × width × theme, RUNS times each: the medians, printed as a table per engine. */
export async function layoutShifts(): Promise<void> {
  const bundle = readFileSync('dist/cdn/microcredential-widgets.js');
  const stylesheet = readFileSync('dist/cdn/microcredential-widgets.css');
  const probe = readFileSync('scripts/layout-shift-probe.js');
  const server = await serve((path, request, response) => {
    const page = /^\/(\w+)\/(\w+)\/(light|dark)\.html$/.exec(path);
    if (page && page[1] && page[1] in EMBEDS) {
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(article(page[1] as Embed, page[3] as 'light' | 'dark'));
    }
    if (path === '/layout-shift-probe.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(probe);
    if (path === '/article.css') return void response.writeHead(200, { 'content-type': 'text/css' }).end('body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:900px;padding:8px}');
    if (path === '/assets/microcredential-widgets.css') return void response.writeHead(200, { 'content-type': 'text/css' }).end(stylesheet);
    // The page names its script's lateness in its own URL; the script is asked for by the page, so read it from the referrer.
    const timing = /^\/\w+\/(\w+)\//.exec(new URL(request.headers.referer ?? 'http://x/', 'http://x').pathname)?.[1];
    if (path === SCRIPT && timing !== 'never') {
      return void setTimeout(() => response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(bundle), Number(timing));
    }
    response.writeHead(404).end();
  });
  const probeGaps: number[] = [];
  try {
    console.log(`Cumulative layout shift under a strict CSP, medians of ${RUNS} runs (after one warm-up) per cell; target 0:`);
    for (const engine of selectedEngines()) {
      const browser = await launch(engine);
      try {
        const tab = await browser.newPage();
        console.log(`\n  ${ENGINES[engine].label}${engine === 'chromium' ? ' (its layout-shift entries)' : ' (measured by the probe: no layout-shift entries in this engine)'}`);
        const columns = (Object.keys(TIMINGS) as Timing[]).flatMap((timing) => [320, 1000].flatMap((width) => (['light', 'dark'] as const).map((theme) => ({ timing, width, theme }))));
        console.log(`  ${'script'.padEnd(48)}${(Object.keys(TIMINGS) as Timing[]).map((timing) => TIMINGS[timing].padEnd(28)).join('')}`);
        console.log(`  ${'width, theme'.padEnd(48)}${columns.map(({ width, theme }) => `${width} ${theme[0]}`.padStart(7)).join('')}`);
        for (const embed of (Object.keys(EMBEDS) as Embed[]).filter((each) => !CHOSEN || CHOSEN.includes(each))) {
          const cells: string[] = [];
          for (const { timing, width, theme } of columns) {
            const scores: number[] = [];
            for (let run = 0; run <= RUNS; run++) {
              await tab.setViewport(width, 800);
              await tab.goto(`${server.origin}/${embed}/${timing}/${theme}.html?run=${run}`);
              if (timing === 'never') await new Promise((resolve) => setTimeout(resolve, 2500));
              else {
                await tab.waitFor(
                  () => [...document.querySelectorAll('stat-card, comparison-bar, trend-line')].every((element) => element.shadowRoot?.querySelector('.card') && !element.shadowRoot.querySelector('link')),
                  { timeout: 15_000 },
                );
                await new Promise((resolve) => setTimeout(resolve, 500));
              }
              const shift = await tab.evaluate(() => Reflect.get(window, 'mcwLayoutShift') as { entries: number | null; measured: number });
              if (shift.entries !== null) probeGaps.push(Math.abs(shift.entries - shift.measured));
              if (run > 0) scores.push(shift.entries ?? shift.measured);
            }
            cells.push(median(scores).toFixed(3).padStart(7));
          }
          console.log(`  ${EMBEDS[embed].padEnd(48)}${cells.join('')}`);
        }
        await tab.close();
      } finally {
        await browser.close();
      }
    }
    if (probeGaps.length) {
      console.log(`\n  In Chromium the probe's score differed from the layout-shift entries by at most ${Math.max(...probeGaps).toFixed(3)} (median ${median(probeGaps).toFixed(3)}).`);
    }
  } finally {
    server.close();
  }
}
