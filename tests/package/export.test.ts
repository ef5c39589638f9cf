/**
 * The command-line renderer as shipped (bin/microcredential-widgets.js on
 * dist/): every format for every kind of finding, and its refusals; the SVG and
 * server-rendered html read in Chromium, Firefox and WebKit. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFindings } from '../../src/data/index.js';
import { inEachEngine, PROBE_SCRIPT, probed } from './engines.js';
import { serve, type TestServer } from './support.js';

const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/microcredential-widgets.js', ...args], { encoding: 'utf8' });

/** Each example's SVG, rendered once for every engine. */
const svgs = new Map<string, ReturnType<typeof cli>>();
const svgOf = (tag: string, id: string) => {
  if (!svgs.has(id)) svgs.set(id, cli('render', tag, '--finding', id, '--format', 'svg', '--theme', 'dark', '--width', '320'));
  return svgs.get(id) as ReturnType<typeof cli>;
};

const examples = [
  ['stat-card', 'employers-higher-starting-salary', '9 in 10'],
  ['comparison-bar', 'students-enrolment-by-credential-type', '+52 points'],
  ['trend-line', 'students-want-credit-bearing', '+39 points'],
] as const;

describe('microcredential-widgets render', () => {
  for (const [tag, id, figure] of examples) {
    describe(`<${tag}>`, () => {
      it('email: tables and inline styles only, no script, custom element or external resource', () => {
        const result = cli('render', tag, '--finding', id, '--format', 'email');
        assert.equal(result.status, 0, result.stderr);
        const email = result.stdout;
        assert.match(email, /^<table role="presentation"/);
        assert.doesNotMatch(email, /<script|<style|<link|<img|<svg|<iframe/i);
        assert.doesNotMatch(email, /<(stat-card|comparison-bar|trend-line)\b/);
        assert.doesNotMatch(email, /https?:\/\/|url\(|src=|var\(--/i);
        assert.doesNotMatch(email, /width="\d+%"/, 'pixel widths');
        assert.ok(email.includes(figure), figure);
        if (tag !== 'stat-card') assert.match(email, /(up from|No micro-credentials 36%)/, 'the generated sentence');
      });

      it('html: declarative shadow DOM, by the standard attribute only', () => {
        const result = cli('render', tag, '--finding', id, '--format', 'html', '--locale', 'en');
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stdout, /<template shadowrootmode="open">/);
        assert.doesNotMatch(result.stdout, / shadowroot=/, 'the pre-standard attribute no current engine reads');
      });

      it('html --stylesheet: links the stylesheet from the page and the shadow root, with no inline style', () => {
        const result = cli('render', tag, '--finding', id, '--format', 'html', '--stylesheet', '/assets/microcredential-widgets.css');
        assert.equal(result.status, 0, result.stderr);
        const link = '<link rel="stylesheet" href="/assets/microcredential-widgets.css">';
        assert.ok(result.stdout.startsWith(`${link}\n<${tag} `), result.stdout.slice(0, 120));
        assert.ok(result.stdout.includes(`<template shadowrootmode="open">${link}`));
        assert.doesNotMatch(result.stdout, /<style|style="/, 'nothing a strict style-src would block');
        assert.ok(result.stdout.includes(figure), figure);
      });
    });
  }

  // The html pages: each example's server-rendered html alone (no script at all), and all three with the bundle.
  let server: TestServer;
  before(async () => {
    const rendered = Object.fromEntries(examples.map(([tag, id]) => [tag, cli('render', tag, '--finding', id, '--format', 'html', '--locale', 'en').stdout]));
    const german = examples.map(([tag, id]) => cli('render', tag, '--finding', id, '--format', 'html', '--locale', 'de').stdout);
    server = await serve((path, _request, response) => {
      if (path === '/probe.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(PROBE_SCRIPT);
      if (path === '/cdn.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('dist/cdn/microcredential-widgets.js'));
      const html = (body: string) => response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><title>t</title>${body}</html>`);
      const tag = path.slice(1);
      if (tag in rendered) return void html(`</head><body>${rendered[tag]}</body>`);
      if (path === '/taken-over') return void html(`<script src="/probe.js"></script></head><body>${Object.values(rendered).join('\n')}<script type="module" src="/cdn.js"></script></body>`);
      // German cards whose words arrive late, and a page script that changes them meanwhile.
      if (path.startsWith('/i18n/')) {
        return void setTimeout(() => response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(`dist/cdn${path}`)), 500);
      }
      if (path === '/taken-over-de') {
        return void html(
          `<script src="/probe.js"></script></head><body lang="de">${german.join('\n')}<script type="module" src="/cdn.js"></script>` +
            `<script type="module">for (const element of document.querySelectorAll('stat-card, comparison-bar, trend-line')) element.theme = 'dark';</script></body>`,
        );
      }
      response.writeHead(404).end();
    });
  });
  after(() => server.close());

  inEachEngine('the exports', (browser) => {
    for (const [tag, id, figure] of examples) {
      it(`svg of <${tag}>: a self-contained image that parses as XML, with title and description`, async () => {
        const result = svgOf(tag, id);
        assert.equal(result.status, 0, result.stderr);
        assert.doesNotMatch(result.stdout, /https?:\/\/(?!www\.w3\.org\/2000\/svg)|<script|<image|url\(|<foreignObject/i);
        const page = await browser().newPage();
        const parsed = await page.evaluate((svg) => {
          const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
          return {
            error: document.querySelector('parsererror')?.textContent ?? '',
            title: document.querySelector('title')?.textContent ?? '',
            desc: document.querySelector('desc')?.textContent ?? '',
            width: document.documentElement.getAttribute('width'),
            text: document.documentElement.textContent ?? '',
          };
        }, result.stdout);
        await page.close();
        assert.equal(parsed.error, '');
        assert.ok(parsed.title.length > 0 && parsed.desc.length > parsed.title.length);
        assert.equal(parsed.width, '320');
        assert.ok(parsed.text.includes(figure), figure);
      });

      it(`html of <${tag}>: server-rendered, showing the figure with no script on the page`, async () => {
        const page = await browser().newPage();
        await page.goto(`${server.origin}/${tag}`);
        // Only a card laid out counts: one in the markup but hidden would not show its figure.
        const shown = await page.evaluate((selector) => {
          const card = document.querySelector(selector)?.shadowRoot?.querySelector('[part~="base"]');
          return card?.getClientRects().length ? (card.textContent ?? '') : '';
        }, tag);
        await page.close();
        assert.ok(shown.replace(/\s+/g, ' ').includes(figure), `"${figure}" in the declarative shadow root`);
      });
    }

    /** Each widget of a page once the script has taken it over: its cards, statements and style elements, language and theme; and the page's errors. */
    async function takenOver(path: string) {
      const page = await browser().newPage();
      await page.goto(`${server.origin}${path}`);
      await page.waitFor(() => customElements.get('trend-line') !== undefined, {});
      const widgets = await page.evaluate(async () => {
        const elements = [...document.querySelectorAll('stat-card, comparison-bar, trend-line')];
        await Promise.all(elements.map((element) => Reflect.get(element, 'updateComplete')));
        return elements.map((element) => ({
          cards: element.shadowRoot?.querySelectorAll('[part~="base"]').length,
          statements: element.shadowRoot?.querySelectorAll('[part~="statement"]').length,
          styles: element.shadowRoot?.querySelectorAll('style').length,
          lang: element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'),
          theme: element.getAttribute('theme'),
        }));
      });
      const { errors } = await probed(page);
      await page.close();
      return { widgets, errors };
    }

    it('html: is taken over by the element when the script loads, without duplicating anything', async () => {
      const { widgets, errors } = await takenOver('/taken-over');
      assert.deepEqual(
        widgets.map(({ cards, statements, styles }) => ({ cards, statements, styles })),
        examples.map(() => ({ cards: 1, statements: 1, styles: 0 })),
      );
      assert.deepEqual(errors, []);
    });

    it('html in German: taken over once its words arrive, changed meanwhile, still one card in German', async () => {
      const { widgets, errors } = await takenOver('/taken-over-de');
      assert.deepEqual(
        widgets.map(({ cards, statements, lang, theme }) => ({ cards, statements, lang, theme })),
        examples.map(() => ({ cards: 1, statements: 1, lang: 'de', theme: 'dark' })),
      );
      assert.deepEqual(errors, []);
    });
  });

  it('png: writes the image and its alt text, with the optional renderer and font found from the installed package', () => {
    const out = mkdtempSync(join(tmpdir(), 'mcw-png-'));
    try {
      const result = cli('render', 'trend-line', '--finding', 'students-want-credit-bearing', '--format', 'png', '--scale', '2', '--out', out);
      assert.equal(result.status, 0, result.stderr);
      const png = readFileSync(join(out, 'students-want-credit-bearing.png'));
      assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
      assert.equal(png.readUInt32BE(16), 1200, 'width: 600 px at 2×');
      assert.match(readFileSync(join(out, 'students-want-credit-bearing.png.txt'), 'utf8'), /up from 55% in 2023 to 94% in 2025/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes every finding at once with --all', () => {
    const out = mkdtempSync(join(tmpdir(), 'mcw-all-'));
    try {
      const result = cli('render', '--all', '--format', 'email', '--out', out);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(readdirSync(out).filter((file) => file.endsWith('.email.html')).length, listFindings().length);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  for (const [what, args, message] of [
    ['an unknown element', ['render', 'pie-chart', '--finding', 'x', '--format', 'svg'], /unknown element "pie-chart": use stat-card, comparison-bar, trend-line/],
    ['an unknown id', ['render', 'stat-card', '--finding', 'employers-higher-salary', '--format', 'svg'], /unknown finding "employers-higher-salary": closest ids are employers-higher-starting-salary/],
    ['an unknown format', ['render', 'stat-card', '--finding', 'entry-level-raise', '--format', 'pdf'], /unknown format "pdf": use html, email, svg/],
    ['a finding of another kind', ['render', 'stat-card', '--finding', 'students-want-credit-bearing', '--format', 'svg'], /is a trend finding: render it with trend-line/],
    ['a width out of range', ['render', 'stat-card', '--finding', 'entry-level-raise', '--format', 'svg', '--width', '50'], /from 280 to 1200/],
    ['a stylesheet for a format that takes none', ['render', 'stat-card', '--finding', 'entry-level-raise', '--format', 'svg', '--stylesheet', 'x.css'], /--stylesheet is for --format html only/],
    ['an empty stylesheet URL', ['render', 'stat-card', '--finding', 'entry-level-raise', '--format', 'html', '--stylesheet', ' '], /--stylesheet needs the URL/],
  ] as const) {
    it(`refuses ${what}: one line on stderr, exit code 2`, () => {
      const result = cli(...args);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr.trim().split('\n').length, 1);
      assert.match(result.stderr, message);
    });
  }
});
