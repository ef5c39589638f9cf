/**
 * The command-line renderer as shipped (bin/microcredential-widgets.js on
 * dist/): every format for every kind of finding, and its refusals.
 * Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { listFindings } from '../../src/data/index.js';
import { launchChrome, serve } from './support.js';

const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/microcredential-widgets.js', ...args], { encoding: 'utf8' });

const examples = [
  ['stat-card', 'employers-higher-starting-salary', '9 in 10'],
  ['comparison-bar', 'students-enrolment-by-credential-type', '+52 points'],
  ['trend-line', 'students-want-credit-bearing', '+39 points'],
] as const;

describe('microcredential-widgets render', () => {
  let browser: Browser;
  before(async () => (browser = await launchChrome()));
  after(async () => browser.close());

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

      it('svg: a self-contained image that parses as XML, with title and description', async () => {
        const result = cli('render', tag, '--finding', id, '--format', 'svg', '--theme', 'dark', '--width', '320');
        assert.equal(result.status, 0, result.stderr);
        assert.doesNotMatch(result.stdout, /https?:\/\/(?!www\.w3\.org\/2000\/svg)|<script|<image|url\(|<foreignObject/i);
        const page = await browser.newPage();
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

      it('html: server-rendered, showing the figure with JavaScript off', async () => {
        const result = cli('render', tag, '--finding', id, '--format', 'html', '--locale', 'en');
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stdout, /<template shadowrootmode="open">/);
        assert.doesNotMatch(result.stdout, / shadowroot=/, 'the pre-standard attribute no current engine reads');
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        await page.setContent(`<!doctype html><html lang="en"><body>${result.stdout}</body></html>`);
        const shown = await page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.textContent ?? '', tag);
        await page.close();
        assert.ok(shown.replace(/\s+/g, ' ').includes(figure), `"${figure}" in the declarative shadow root`);
      });
    });
  }

  it('html: is taken over by the element when the script loads, without duplicating anything', async () => {
    const rendered = examples.map(([tag, id]) => cli('render', tag, '--finding', id, '--format', 'html').stdout).join('\n');
    const server = await serve((path, _request, response) => {
      if (path === '/cdn.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('dist/cdn/microcredential-widgets.js'));
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><body>${rendered}<script type="module" src="/cdn.js"></script></body></html>`);
    });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    try {
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => customElements.get('trend-line') !== undefined);
      const counts = await page.evaluate(async () => {
        const elements = [...document.querySelectorAll('stat-card, comparison-bar, trend-line')];
        await Promise.all(elements.map((element) => Reflect.get(element, 'updateComplete')));
        return elements.map((element) => ({
          cards: element.shadowRoot?.querySelectorAll('[part~="base"]').length,
          statements: element.shadowRoot?.querySelectorAll('[part~="statement"]').length,
          styles: element.shadowRoot?.querySelectorAll('style').length,
        }));
      });
      assert.deepEqual(counts, examples.map(() => ({ cards: 1, statements: 1, styles: 0 })));
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      server.close();
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
