/**
 * Every page of the site, every html export (inside a minimal document) and every
 * email export, checked by the W3C Nu HTML Checker (npm `vnu-jar`, on Java): no
 * errors. Warnings stay (the email's presentational attributes are on purpose).
 * One Java run checks every file. Java is found on the PATH; as root on Debian or
 * Ubuntu a missing one is installed with apt-get, never downloaded by the package.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFindings } from '../../src/data/index.js';
import { renderHtml } from '../../src/export/html.js';
import { renderStatic, type RenderOptions } from '../../src/export/static.js';
import { LANGUAGES } from '../../src/view/locale.js';
import { repoPath } from './helpers.js';

const SITE_PAGES = ['index.html', 'embed.html', 'site/article.html', 'site/gallery.html', 'site/iframe.html', 'site/newsletter.html', 'site/states.html'];
const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar'), '../build/dist/vnu.jar');

const hasJava = () => spawnSync('java', ['-version']).status === 0;

/** Java for the checker: the system's, or Debian's default runtime installed as root. */
function ensureJava(): void {
  if (hasJava()) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { stdio: 'inherit', env });
  }
  assert.ok(hasJava(), 'The Nu HTML Checker needs Java: install a Java runtime (Debian: apt-get install default-jre-headless).');
}

const documentOf = (title: string, lang: string, body: string) =>
  `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body}</body>\n</html>\n`;

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Lit's server render marks where attribute bindings were with `<?>` (an XML processing
 * instruction the HTML parser reads as a bogus comment) inside the declarative shadow root;
 * the element's hydration reads them, so they stay, and the checker's one error about them is excused.
 */
const isLitMarker = (message: VnuMessage) => /^Saw “<\?”/.test(message.message) && message.extract?.includes('<?>') === true;

describe('valid HTML (W3C Nu HTML Checker)', () => {
  let errors: VnuMessage[] = [];
  const files: string[] = [];

  before(() => {
    ensureJava();
    const folder = mkdtempSync(join(tmpdir(), 'mcw-vnu-'));
    const findings = listFindings();
    for (const locale of LANGUAGES) {
      const options: RenderOptions = { theme: locale === 'en' ? 'light' : 'dark', locale, width: 560 };
      const html = findings.map((finding) => `<section>\n${renderHtml(finding, options)}</section>\n`).join('');
      const email = findings.map((finding) => `<div>\n${renderStatic(finding, 'email', options)}</div>\n`).join('');
      for (const [format, body] of [['html', html], ['email', email]] as const) {
        const file = join(folder, `${format}-${locale}.html`);
        writeFileSync(file, documentOf(`Every finding, ${format} export, ${locale}`, locale, body));
        files.push(file);
      }
    }
    files.push(...SITE_PAGES.map(repoPath));
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.ok(run.stdout.startsWith('{'), `the checker ran: ${run.stderr}`);
    const report = JSON.parse(run.stdout) as { messages: VnuMessage[] };
    errors = report.messages.filter((message) => message.type === 'error' || message.subType === 'fatal').filter((message) => !isLitMarker(message));
  });

  const errorsIn = (fragment: string) =>
    errors.filter((error) => error.url.includes(fragment)).map((error) => `${error.url.replace(/^.*\//, '')}:${error.lastLine}: ${error.message} ${error.extract ?? ''}`);

  for (const page of SITE_PAGES) {
    it(`${page}: no errors`, () => assert.deepEqual(errorsIn(page), []));
  }
  for (const locale of LANGUAGES) {
    it(`every finding's html export (${locale}): no errors`, () => assert.deepEqual(errorsIn(`html-${locale}.html`), []));
    it(`every finding's email export (${locale}): no errors`, () => assert.deepEqual(errorsIn(`email-${locale}.html`), []));
  }
});
