/**
 * `npm run bench`: rendering speed in headless Chromium, and layout stability in
 * Chromium, Firefox and WebKit, each figure against a baseline measured in the
 * same run, as medians.
 *
 * 1. 1,000 widgets of mixed kinds (plain tags; and again with the elements' stylesheet
 *    linked, as the README's plain-tag recipe says) vs the same figures as static HTML (the floor).
 * 2. 100 trend-lines vs 100 Chart.js line charts.
 * 3. Cumulative layout shift of four embeds (the gallery's default, the old script
 *    and fallback text, plain tags, plain tags with the stylesheet) when the script arrives 400 ms late, 2 s late or
 *    never, at 320 and 1,000 px, light and dark, under a strict CSP (scripts/bench-shift.ts),
 *    and the bytes each embed adds to a page.
 *
 * BENCH_RUNS sets the runs per speed scenario (default 7), BENCH_SHIFT_RUNS per layout-shift
 * cell (default 3); MCW_ENGINES narrows the engines of the layout-shift part; BENCH_PARTS=speed
 * or BENCH_PARTS=shift runs one part alone. Uses dist/cdn (built if missing).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { listFindings } from '../src/data/index.js';
import { TAG_FOR_KIND } from '../src/view/widgets.js';
import { renderStatic } from '../src/export/static.js';
import { chromeArgs, findChrome, INSTALL_HINT } from './chrome.mjs';
import { embedBytes, layoutShifts } from './bench-shift.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PARTS = (process.env.BENCH_PARTS ?? 'speed,shift').split(',');
const CDN = 'dist/cdn/microcredential-widgets.js';
const STYLESHEET = 'dist/cdn/microcredential-widgets.css';
if (!existsSync(CDN)) execFileSync('npx', ['vite', 'build', '--mode', 'cdn'], { stdio: 'inherit' });
if (!existsSync(STYLESHEET)) execFileSync('npx', ['tsx', 'scripts/build-stylesheet.ts'], { stdio: 'inherit' });

const findings = listFindings();
const fallbackOf = (finding: (typeof findings)[number]) => renderStatic(finding, 'fallback', { theme: 'light', locale: 'en', width: 600 });
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>` +
  `<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:900px;padding:8px}</style>${head}</head><body>${body}</body></html>`;

/** Records, in window.__done, the time after the next paint once `ready` has resolved. */
const doneAfter = (ready: string) =>
  `<script type="module">await ${ready};requestAnimationFrame(()=>setTimeout(()=>{window.__done=performance.now()}));</script>`;

const allWidgetsReady = `Promise.all(['stat-card','comparison-bar','trend-line'].map(t=>customElements.whenDefined(t))).then(()=>Promise.all([...document.querySelectorAll('stat-card,comparison-bar,trend-line')].map(e=>e.updateComplete)))`;

const thousand = Array.from({ length: 1000 }, (_, i) => findings[i % findings.length]).filter((finding) => finding !== undefined);
const series = JSON.stringify(Array.from({ length: 12 }, (_, i) => ({ label: `2024-${String(i + 1).padStart(2, '0')}`, value: 40 + ((i * 37) % 50) })));

/** The 1,000 findings as plain tags, then the script, on a page with or without the elements' stylesheet. */
const thousandWidgets =
  thousand.map((finding) => `<${TAG_FOR_KIND[finding.kind]} finding="${finding.id}"></${TAG_FOR_KIND[finding.kind]}>`).join('\n') +
  `<script type="module" src="/cdn.js"></script>${doneAfter(allWidgetsReady)}`;

const pages = new Map<string, string>([
  ['/widgets-1000.html', page(thousandWidgets)],
  ['/widgets-1000-stylesheet.html', page(thousandWidgets, '<link rel="stylesheet" href="/cdn.css">')],
  [
    '/static-1000.html',
    page(
      thousand.map((finding) => `<div style="border:1px solid #ccc;border-radius:8px;padding:16px;margin:16px 0">${fallbackOf(finding)}</div>`).join('\n') +
        doneAfter('Promise.resolve()'),
    ),
  ],
  [
    '/trend-100.html',
    page(
      Array.from({ length: 100 }, (_, i) => `<trend-line unit="percent" label="Series ${i + 1}" data='${series}'></trend-line>`).join('\n') +
        `<script type="module" src="/cdn.js"></script>${doneAfter(allWidgetsReady)}`,
    ),
  ],
  [
    '/chartjs-100.html',
    page(
      Array.from({ length: 100 }, (_, i) => `<p>Series ${i + 1}</p><div style="height:180px"><canvas id="c${i}"></canvas></div>`).join('\n') +
        `<script src="/chart.js"></script><script type="module">const data=${series};` +
        `for(let i=0;i<100;i++){new Chart(document.getElementById('c'+i),{type:'line',data:{labels:data.map(d=>d.label),datasets:[{label:'Series '+(i+1),data:data.map(d=>d.value)}]},options:{animation:false,responsive:true,maintainAspectRatio:false,scales:{y:{min:0,max:100}}}})}` +
        `</script>${doneAfter('Promise.resolve()')}`,
    ),
  ],
]);

const files: Record<string, [string, string]> = {
  '/cdn.js': [CDN, 'text/javascript'],
  '/cdn.css': [STYLESHEET, 'text/css'],
  '/chart.js': ['node_modules/chart.js/dist/chart.umd.min.js', 'text/javascript'],
};

function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const html = pages.get(path);
    const file = files[path];
    if (html) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (file) response.writeHead(200, { 'content-type': file[1] }).end(readFileSync(file[0]));
    else response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Milliseconds to the first paint after `window.__done` is set, per page, the pages taking turns run by run (a busy machine slows them alike). */
async function measure(browser: Browser, urls: string[]): Promise<number[][]> {
  const results: number[][] = urls.map(() => []);
  for (let run = 0; run < RUNS + 1; run++) {
    for (const [index, url] of urls.entries()) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1000, height: 800 });
      await tab.goto(url);
      await tab.waitForFunction('window.__done !== undefined', { timeout: 60_000 });
      const value = Number(await tab.evaluate('window.__done'));
      await tab.close();
      if (run > 0) results[index]?.push(value); // the first run only warms the cache
    }
  }
  return results;
}

/** One line: the two ratios against the last ones the README quotes (its bench block). */
function sinceReadme(widgets: number, trends: number): string {
  const readme = readFileSync('README.md', 'utf8');
  const quoted = (name: string) => Number(new RegExp(`${name}\\s+([\\d.]+)×`).exec(readme)?.[1]);
  const [widgetsBefore, trendsBefore] = [quoted('ratio widgets / static'), quoted('ratio trend-line / Chart\\.js')];
  if (!widgetsBefore || !trendsBefore) return "Since the README's figures: it quotes no ratios to compare with.";
  const change = (before: number, now: number) => `${before.toFixed(2)}× → ${now.toFixed(2)}× (${now <= before ? '−' : '+'}${Math.abs(100 * (1 - now / before)).toFixed(0)}%)`;
  return `Since the README's figures: widgets / static ${change(widgetsBefore, widgets)}, trend-line / Chart.js ${change(trendsBefore, trends)}.`;
}

/** Part 1 and 2: the speed figures and their same-run ratios. */
async function speed(executablePath: string): Promise<void> {
  const server = await serve();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs() });
  try {
    const [widgets = [], styled = [], floor = [], trends = [], charts = []] = await measure(
      browser,
      ['/widgets-1000.html', '/widgets-1000-stylesheet.html', '/static-1000.html', '/trend-100.html', '/chartjs-100.html'].map((path) => `${origin}${path}`),
    );
    // Each ratio is the median of the runs' own ratios: a page and its baseline ran side by side.
    const ratio = (values: number[], baselines: number[]) => median(values.map((value, run) => value / (baselines[run] ?? NaN)));

    const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(9);
    console.log(`Medians of ${RUNS} runs each (after one warm-up; the five pages take turns), headless Chromium, 1000×800 viewport.\n`);
    console.log(`1,000 widgets, mixed kinds, rendered and painted   ${ms(median(widgets))}`);
    console.log(`the same figures as static HTML (the floor)        ${ms(median(floor))}`);
    console.log(`  ratio widgets / static                           ${ratio(widgets, floor).toFixed(2).padStart(9)}×`);
    console.log(`the 1,000 widgets, the page linking their stylesheet ${ms(median(styled))}`);
    console.log(`  ratio widgets with stylesheet / static           ${ratio(styled, floor).toFixed(2).padStart(9)}×\n`);
    console.log(`100 trend-lines (12 points each)                   ${ms(median(trends))}`);
    console.log(`100 Chart.js line charts, animation off            ${ms(median(charts))}`);
    console.log(`  ratio trend-line / Chart.js                      ${ratio(trends, charts).toFixed(2).padStart(9)}×\n`);
    console.log(sinceReadme(ratio(widgets, floor), ratio(trends, charts)));
  } finally {
    await browser.close();
    server.close();
  }
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (PARTS.includes('speed')) await speed(executablePath);
if (PARTS.includes('shift')) {
  console.log('');
  embedBytes();
  console.log('');
  await layoutShifts();
}
