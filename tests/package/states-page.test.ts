/**
 * The site's page of every widget in every state (site/states.html), as `npm start`
 * serves it: each error card on it logs one warning, and nothing else warns. An
 * element whose data a script sets a moment later (the long trend line) shows no
 * error and logs nothing; the empty one says "nothing to show" after its wait.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchChrome } from './support.js';

describe('the states page', () => {
  let server: ViteDevServer;
  let browser: Browser;
  before(async () => {
    server = await createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
    await server.listen();
    browser = await launchChrome();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs one warning per error card, and none for data set by its script', async () => {
    const page = await browser.newPage();
    const warnings: string[] = [];
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warn') warnings.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    try {
      await page.goto(`${server.resolvedUrls?.local[0]}site/states.html`, { waitUntil: 'load' });
      // Past the 2 s an element without input waits for a script to give it some.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll('stat-card, comparison-bar, trend-line')].map((element) => ({
          tag: element.localName,
          error: element.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          shown: !!element.shadowRoot?.querySelector('[part~="base"]'),
        })),
      );
      const errors = cards.filter((card) => card.error);
      assert.ok(errors.length >= 6, `${errors.length} error cards`);
      assert.ok(errors.some((card) => card.tag === 'trend-line' && card.error.includes('nothing to show')), 'the empty trend line says so');
      assert.ok(cards.every((card) => card.error || card.shown), 'every other widget shows its card');
      // One warning per error card, each naming its element; nothing more (Lit's dev-mode notice aside).
      const ours = warnings.filter((text) => /^<(stat-card|comparison-bar|trend-line)>: /.test(text));
      assert.equal(ours.length, errors.length, ours.join('\n'));
      for (const card of errors) assert.ok(ours.some((text) => text.startsWith(`<${card.tag}>: `) && card.error.includes(text.slice(card.tag.length + 4))), card.error);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
