/**
 * The html and email exports as the command line writes them, served the way
 * many servers, CMS fields and mail pipelines pass a fragment on: as text/html
 * with no charset. They must read exactly as they do with `charset=utf-8`, in
 * English and in a locale that writes its digits in another script. And the
 * html export opens its shadow roots with the standard `shadowrootmode` alone.
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
import { launchChrome, serve, type TestServer } from './support.js';

const FORMATS = ['html', 'email'] as const;
/** English, and Hindi with Devanagari digits (९०%): every figure outside ASCII. */
const LOCALES = ['en', 'hi-IN-u-nu-deva'] as const;
const out = mkdtempSync(join(tmpdir(), 'mcw-charset-'));

/** Every finding's output of one format and locale, by file name. */
function outputs(format: string, locale: string): Map<string, string> {
  const folder = join(out, `${format}-${locale}`);
  const files = readdirSync(folder).sort();
  return new Map(files.map((file) => [file, readFileSync(join(folder, file), 'latin1')]));
}

/** What a reader sees in a page: the text of every element, shadow roots included, styles left out. */
function textsOf(browser: Browser, url: string): Promise<{ charset: string; texts: string[]; shadowRoots: number; hosts: number }> {
  return (async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    try {
      await page.goto(url);
      // No named functions inside: the test's TypeScript loader would wrap them in a helper the page lacks.
      return await page.evaluate(() => {
        const hosts = [...document.querySelectorAll('stat-card, comparison-bar, trend-line')];
        const texts = [...document.querySelectorAll('section')].map((section) => {
          let text = '';
          const stack: Node[] = [section];
          for (let node = stack.pop(); node; node = stack.pop()) {
            if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
            else if (!(node instanceof HTMLStyleElement)) {
              const shadow = node instanceof Element && node.shadowRoot ? [node.shadowRoot] : [];
              stack.push(...[...shadow, ...node.childNodes].reverse());
            }
          }
          return text.replace(/\s+/g, ' ').trim();
        });
        return {
          charset: document.characterSet,
          texts,
          shadowRoots: hosts.filter((host) => host.shadowRoot?.querySelector('[part~="statement"]')).length,
          hosts: hosts.length,
        };
      });
    } finally {
      await page.close();
    }
  })();
}

describe('the html and email exports served without a charset', () => {
  let browser: Browser;
  let server: TestServer;

  before(async () => {
    for (const format of FORMATS) {
      for (const locale of LOCALES) {
        const result = spawnSync(process.execPath, ['bin/microcredential-widgets.js', 'render', '--all', '--format', format, '--locale', locale, '--out', join(out, `${format}-${locale}`)], { encoding: 'utf8' });
        assert.equal(result.status, 0, result.stderr);
      }
    }
    // /utf-8/<format>-<locale> and /none/<format>-<locale>: every finding's output, one section each, as written.
    server = await serve((path, _request, response) => {
      const [, charset, set] = path.split('/');
      const [format = '', locale = ''] = (set ?? '').split(/-(.*)/);
      const body = [...outputs(format, locale)].map(([file, output]) => `<section id="${file}">${output}</section>`).join('\n');
      response.writeHead(200, { 'content-type': charset === 'utf-8' ? 'text/html; charset=utf-8' : 'text/html' }).end(Buffer.from(body, 'latin1'));
    });
    browser = await launchChrome();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  for (const format of FORMATS) {
    for (const locale of LOCALES) {
      it(`${format}, ${locale}: every finding is pure ASCII and reads the same with and without a charset`, async () => {
        const files = outputs(format, locale);
        assert.equal(files.size, listFindings().length);
        // Printable ASCII and line breaks, nothing else (the message names the file, not its whole text).
        for (const [file, output] of files) assert.ok(!/[^\t\n\r -~]/.test(output), `${file} holds a character outside ASCII`);

        const declared = await textsOf(browser, `${server.origin}/utf-8/${format}-${locale}`);
        const undeclared = await textsOf(browser, `${server.origin}/none/${format}-${locale}`);
        // The test means something only if the browser really reads the bare page as another encoding.
        assert.equal(declared.charset, 'UTF-8');
        assert.notEqual(undeclared.charset, 'UTF-8');
        assert.equal(undeclared.texts.length, files.size);
        assert.deepEqual(undeclared.texts, declared.texts);
        // The text is the real thing, not references shown literally.
        assert.ok(declared.texts.some((text) => /·/.test(text)) && declared.texts.every((text) => !/&#x/.test(text)));
        if (locale !== 'en') assert.ok(declared.texts.every((text) => /[०-९]/.test(text)), 'Devanagari digits');
      });
    }
  }

  it('html: writes shadowrootmode alone, and every declarative shadow root attaches', async () => {
    for (const locale of LOCALES) {
      for (const [file, output] of outputs('html', locale)) {
        assert.ok(!output.includes(' shadowroot='), `${file} writes the pre-standard shadowroot attribute`);
        assert.ok(output.includes('<template shadowrootmode="open">'), `${file} opens a declarative shadow root`);
      }
      const page = await textsOf(browser, `${server.origin}/none/html-${locale}`);
      assert.equal(page.hosts, listFindings().length);
      assert.equal(page.shadowRoots, page.hosts);
    }
  });
});
