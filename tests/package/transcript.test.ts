/**
 * What a screen-reader user hears: every finding, and each element's own values,
 * rendered from the CDN bundle in Chromium, its accessibility tree read in order
 * (as a screen reader's reading cursor meets it) into a transcript. Each widget
 * is one figure named by its label, said once; its values are heard once besides
 * the statement; the statement and source line are there; nothing is an empty
 * fragment. docs/screen-reader.md shows one transcript per kind, checked here.
 * Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, ElementHandle, Page, SerializedAXNode } from 'puppeteer-core';
import { listFindings } from '../../src/data/index.js';
// Every language's words, for the German card's expected name.
import '../../src/i18n/all.js';
import type { Finding } from '../../src/data/types.js';
import { viewOf, type OwnValues, type WidgetView } from '../../src/view/index.js';
import { TAG_FOR_KIND } from '../../src/view/widgets.js';
import { launchChrome } from './engines.js';
import { CONTENT_TYPES, serve, type TestServer } from './support.js';

/** One thing a listener hears: a role where a screen reader names it, and its words. */
interface Heard {
  role: string;
  text: string;
  /** A disclosure's state: "expanded" or "collapsed". */
  state?: string;
}

/** The accessibility tree in reading order, as a screen reader speaks it. */
function read(node: SerializedAXNode, heard: Heard[] = []): Heard[] {
  const { role, name = '' } = node;
  switch (role) {
    case 'StaticText':
      heard.push({ role: 'text', text: name });
      return heard;
    // An image's content is not read: its name says it. A disclosure or link speaks its name once.
    case 'image':
    case 'link':
      heard.push({ role, text: name });
      return heard;
    case 'DisclosureTriangle':
      heard.push({ role: 'button', text: name, state: node.expanded ? 'expanded' : 'collapsed' });
      return heard;
    case 'figure':
    case 'table':
      heard.push({ role, text: name });
      break;
    case 'status':
      if (node.children?.length) heard.push({ role, text: name });
      break;
  }
  for (const child of node.children ?? []) read(child, heard);
  return heard;
}

/** A transcript as docs/screen-reader.md prints it: one line per thing heard. */
const transcriptText = (heard: Heard[]): string =>
  heard.map(({ role, text, state }) => (role === 'text' ? text : `${role}${text ? ` "${text}"` : ''}${state ? ` (${state})` : ''}`)).join('\n');

/** How often `value` is heard, as a whole figure (not "6%" inside "36%"). */
function timesHeard(value: string, texts: string[]): number {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.,])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{N}])`, 'gu');
  return texts.reduce((sum, text) => sum + (text.match(pattern)?.length ?? 0), 0);
}

/** The values a view shows, each as the listener should hear it. */
function valuesOf(view: WidgetView): string[] {
  switch (view.kind) {
    case 'stat':
      return [view.figure, ...(view.exact ? [view.exact] : [])];
    case 'comparison':
      return view.bars.map((bar) => bar.shown);
    case 'trend':
      return view.points.map((point) => point.shown);
  }
}

interface Widget {
  name: string;
  markup: string;
  view: WidgetView;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
const series = (labels: string[], values: number[]) => labels.map((label, i) => ({ label, value: values[i] ?? 0 }));

/** A trend long enough to be summarised: 300 years, its lowest and highest in the middle. */
const longSeries = series(
  Array.from({ length: 300 }, (_, i) => String(1726 + i)),
  Array.from({ length: 300 }, (_, i) => (i === 100 ? 3 : i === 200 ? 97 : 40 + (i % 7))),
);
const OWN: Array<{ name: string; own: OwnValues }> = [
  { name: 'stat-card own value', own: { kind: 'stat', unit: 'percent', value: 42, label: 'Readers who finished' } },
  { name: 'comparison-bar own data', own: { kind: 'comparison', unit: 'percent', values: series(['Without', 'With'], [36, 88]), label: 'Likely to enrol' } },
  { name: 'trend-line own data', own: { kind: 'trend', unit: 'percent', points: series(['2023', '2024', '2025'], [55, 61, 94]), label: 'Want credit' } },
  { name: 'trend-line own data, 300 points', own: { kind: 'trend', unit: 'percent', points: longSeries, label: 'Readers over three centuries' } },
  { name: 'stat-card own value, no label', own: { kind: 'stat', unit: 'count', value: 1200 } },
];

function ownMarkup(own: OwnValues): string {
  const tag = TAG_FOR_KIND[own.kind];
  const values = own.kind === 'stat' ? `value="${own.value}"` : `data='${attribute(JSON.stringify(own.kind === 'comparison' ? own.values : own.points))}'`;
  return `<${tag} ${values} unit="${own.unit}"${own.label ? ` label="${attribute(own.label)}"` : ''}></${tag}>`;
}

const WIDGETS: Widget[] = [
  ...listFindings().map((finding: Finding) => ({
    name: finding.id,
    markup: `<${TAG_FOR_KIND[finding.kind]} finding="${finding.id}"></${TAG_FOR_KIND[finding.kind]}>`,
    view: viewOf(finding, { locale: 'en' }),
  })),
  ...OWN.map(({ name, own }) => ({ name, markup: ownMarkup(own), view: viewOf(own, { locale: 'en' }) })),
];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Transcripts</title></head><body><main>
${WIDGETS.map((widget, i) => `<div id="w${i}">${widget.markup}</div>`).join('\n')}
<div id="de"><stat-card finding="employers-higher-starting-salary" locale="de"></stat-card></div>
<div id="broken"><stat-card finding="no-such-finding"></stat-card></div>
<div id="later"><stat-card finding="employers-higher-starting-salary"></stat-card></div>
</main><script type="module" src="/cdn/microcredential-widgets.js"></script></body></html>`;

describe('what a screen reader hears, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const transcripts = new Map<string, Heard[]>();

  /** The transcript of the widget in the box with this id. */
  async function transcriptOf(id: string): Promise<Heard[]> {
    const host = (await page.$(`#${id} > *`)) as ElementHandle<Element>;
    const tree = await page.accessibility.snapshot({ root: host, interestingOnly: false });
    assert.ok(tree, `#${id} has an accessibility tree`);
    return read(tree);
  }

  before(async () => {
    server = await serve((path, _request, response) => {
      if (path === '/') return void response.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] }).end(PAGE);
      if (path.startsWith('/cdn/') && !path.includes('..')) {
        try {
          return void response.writeHead(200, { 'content-type': CONTENT_TYPES['.js'] }).end(readFileSync(`dist${path}`));
        } catch {
          // Not there: a 404 below.
        }
      }
      response.writeHead(404).end();
    });
    browser = await launchChrome();
    page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(
      () => [...document.querySelectorAll('main > div > *')].every((host) => host.shadowRoot?.querySelector('figure, [part="error"]')),
      { timeout: 20_000 },
    );
    for (const [i, widget] of WIDGETS.entries()) transcripts.set(widget.name, await transcriptOf(`w${i}`));
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it(`reads each of the ${WIDGETS.length} widgets as one figure named by its label, said once`, () => {
    for (const { name, view } of WIDGETS) {
      const heard = transcripts.get(name) ?? [];
      const figures = heard.filter((entry) => entry.role === 'figure');
      assert.deepEqual(figures, [{ role: 'figure', text: view.title }], `${name}: one figure, named by its label`);
      assert.equal(heard[0]?.role, 'figure', `${name}: the figure is heard first`);
      assert.equal(heard.filter((entry) => entry.text.includes(view.title)).length, 1, `${name}: "${view.title}" heard once\n${transcriptText(heard)}`);
    }
  });

  it('reads the figure or chart, the statement and the source line, with no empty fragment', () => {
    for (const { name, view } of WIDGETS) {
      const heard = transcripts.get(name) ?? [];
      const texts = heard.map((entry) => entry.text);
      if (view.kind === 'stat') assert.ok(texts.includes(view.figure), `${name}: the figure "${view.figure}"`);
      else assert.ok(heard.some((entry) => entry.role === 'image' && entry.text === view.chartName), `${name}: the chart, named by its values`);
      if (view.statement) assert.ok(texts.includes(view.statement), `${name}: the statement`);
      for (const part of view.source?.parts ?? []) assert.ok(texts.some((text) => text.includes(part)), `${name}: the source's "${part}"`);
      if (view.note) assert.ok(heard.some((entry) => entry.role === 'button' && entry.state && entry.text === view.note?.title), `${name}: the note's disclosure, with its state`);
      for (const entry of heard) {
        if (entry.role === 'text' || entry.role === 'image') assert.match(entry.text, /[\p{L}\p{N}]/u, `${name}: an empty fragment in\n${transcriptText(heard)}`);
      }
    }
  });

  it('reads each value once besides the statement; a long trend gives a summary, its table every point', () => {
    for (const { name, view } of WIDGETS) {
      const heard = transcripts.get(name) ?? [];
      // The statement and an open note say the figures in their own sentences; everything else says each once.
      const spoken = new Set([view.statement, ...(view.doubt ? (view.note?.paragraphs ?? []) : [])]);
      const texts = heard.map((entry) => entry.text).filter((text) => !spoken.has(text));
      const values = valuesOf(view);
      const table = view.kind === 'trend' ? view.table : undefined;
      if (table) {
        const image = heard.find((entry) => entry.role === 'image')?.text ?? '';
        const summarised = [...new Set(values)].filter((value) => timesHeard(value, [image]) > 0);
        assert.ok(summarised.length <= 4 && image.length < 200, `${name}: the name summarises (first, last, lowest, highest): ${image}`);
        assert.equal(heard.filter((entry) => entry.role === 'table').length, 1, `${name}: one table`);
        for (const value of values) {
          const expected = values.filter((other) => other === value).length + (summarised.includes(value) ? 1 : 0);
          assert.equal(timesHeard(value, texts), expected, `${name}: "${value}" in the table once (and in the summary if it names it)`);
        }
      } else {
        assert.ok(!heard.some((entry) => entry.role === 'table'), `${name}: no table repeating the values`);
        for (const value of new Set(values)) {
          const expected = values.filter((other) => other === value).length;
          assert.equal(timesHeard(value, texts), expected, `${name}: "${value}" heard ${expected}× besides the statement\n${transcriptText(heard)}`);
        }
      }
    }
  });

  it('marks each card with its language, so a screen reader speaks it in that voice', async () => {
    const langs = await page.evaluate(() => [...document.querySelectorAll('main > div > *')].map((host) => host.shadowRoot?.querySelector('figure, [part="error"]')?.getAttribute('lang')));
    assert.deepEqual(langs.slice(0, WIDGETS.length), WIDGETS.map((widget) => widget.view.lang));
    assert.equal(langs[WIDGETS.length], 'de', 'a German card in an English page says so');
    const german = await transcriptOf('de');
    assert.equal(german[0]?.text, viewOf(listFindings().find((finding) => finding.id === 'employers-higher-starting-salary')!, { locale: 'de' }).title);
  });

  it('reads an error present at load in order, in a polite live region that stays for later errors', async () => {
    const broken = await transcriptOf('broken');
    assert.equal(broken[0]?.role, 'status');
    assert.match(transcriptText(broken), /no finding "no-such-finding"/);
    const later = await page.$('#later > stat-card');
    assert.ok(later);
    const live = (await later.evaluateHandle((host) => host.shadowRoot?.querySelector('[role="status"]'))) as ElementHandle<Element>;
    assert.equal(await live.evaluate((status) => status.textContent?.trim()), '', 'an empty live region beside a card');
    await later.evaluate((host) => host.setAttribute('finding', 'no-such-finding'));
    await page.waitForFunction((status: Element) => status.textContent?.includes('no-such-finding'), {}, live);
    assert.ok(await later.evaluate((host, status) => host.shadowRoot?.querySelector('[role="status"]') === status, live), 'the same live region, now with the error');
    assert.equal(await live.evaluate((status) => status.getAttribute('aria-live')), null, 'polite, as role="status" is by default');
  });

  it('matches the transcripts in docs/screen-reader.md', () => {
    const docs = readFileSync('docs/screen-reader.md', 'utf8');
    const blocks = [...docs.matchAll(/^### .*?`([^`]+)`.*\n\n```text\n([\s\S]*?)\n```/gm)];
    assert.ok(blocks.length >= 3, 'one transcript per kind');
    for (const [, name, text] of blocks) {
      const heard = transcripts.get(name ?? '');
      assert.ok(heard, `docs/screen-reader.md: no widget "${name}"`);
      assert.equal(text, transcriptText(heard), `docs/screen-reader.md: the transcript of ${name} as heard now`);
    }
  });
});
