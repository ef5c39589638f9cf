/**
 * `render … --format png`: the SVG export drawn by resvg with the shipped Noto
 * Sans, at the size asked for, in the theme asked for, never blank, with its alt
 * text written beside it; wrong arguments get one line and exit code 2.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { getFinding, listFindings } from '../../src/data/index.js';
import { main } from '../../src/export/cli.js';
import { renderPng } from '../../src/export/png.js';
import { renderStatic } from '../../src/export/static.js';
import { altText } from '../../src/export/svg.js';
import { viewOf } from '../../src/view/index.js';
import { PALETTES } from '../../src/view/palette.js';

const out = mkdtempSync(join(tmpdir(), 'mcw-png-'));

function cli(...args: string[]) {
  const written = { stdout: '', stderr: '' };
  const status = main(args, { stdout: (text) => (written.stdout += text), stderr: (text) => (written.stderr += text) });
  return { status, ...written };
}

const hex = (color: string) => [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16));
const near = (data: Buffer, at: number, [r, g, b]: number[]) =>
  Math.abs((data[at] ?? 0) - (r ?? 0)) + Math.abs((data[at + 1] ?? 0) - (g ?? 0)) + Math.abs((data[at + 2] ?? 0) - (b ?? 0)) < 24;

/** How many pixels are (nearly) this colour. */
function count(png: PNG, color: string): number {
  const rgb = hex(color);
  let found = 0;
  for (let at = 0; at < png.data.length; at += 4) if (near(png.data, at, rgb)) found++;
  return found;
}

const examples = [
  ['stat-card', 'employers-higher-starting-salary', 'light', '600', '1'],
  ['comparison-bar', 'students-enrolment-by-credential-type', 'dark', '320', '2'],
  ['trend-line', 'students-want-credit-bearing', 'light', '1200', '2'],
] as const;

describe('render --format png', () => {
  after(() => rmSync(out, { recursive: true, force: true }));

  for (const [tag, id, theme, width, scale] of examples) {
    it(`draws ${id} (${theme}, ${width} px at ${scale}×) at the size asked for, in its colours, with its alt text`, () => {
      const result = cli('render', tag, '--finding', id, '--format', 'png', '--theme', theme, '--width', width, '--scale', scale, '--out', out);
      assert.equal(result.status, 0, result.stderr);
      const png = PNG.sync.read(readFileSync(join(out, `${id}.png`)));
      const finding = getFinding(id);
      assert.ok(finding);
      const svg = renderStatic(finding, 'svg', { theme, locale: 'en', width: Number(width) });
      const svgHeight = Number(/height="(\d+)"/.exec(svg)?.[1]);
      assert.equal(png.width, Number(width) * Number(scale));
      assert.equal(png.height, svgHeight * Number(scale));

      const palette = PALETTES[theme];
      const area = png.width * png.height;
      // The card's own surface fills most of it; text and the accent figure or bars are really drawn.
      assert.ok(count(png, palette.surface) > area * 0.5, 'the surface of the theme');
      assert.ok(count(png, palette.accent) > area * 0.002, 'the accent (figure, highlighted bar or line)');
      assert.ok(count(png, palette.text) > area * 0.003, 'text in the text colour');

      const alt = readFileSync(join(out, `${id}.png.txt`), 'utf8').trim();
      assert.equal(alt, altText(viewOf(finding, { locale: 'en' })));
    });
  }

  it('writes every finding, each with its alt text, with --all', () => {
    const all = join(out, 'all');
    const result = cli('render', '--all', '--format', 'png', '--width', '320', '--out', all);
    assert.equal(result.status, 0, result.stderr);
    const files = readdirSync(all);
    for (const finding of listFindings()) {
      assert.ok(files.includes(`${finding.id}.png`), finding.id);
      assert.ok(readFileSync(join(all, `${finding.id}.png.txt`), 'utf8').trim().length > 0, `${finding.id}: alt text`);
    }
    const png = PNG.sync.read(readFileSync(join(all, 'entry-level-raise.png')));
    assert.equal(png.width, 320);
    assert.ok(readFileSync(join(all, 'entry-level-raise.png.txt'), 'utf8').length > 40);
  });

  it('refuses text it would draw wrong (Devanagari), rather than misplace its vowel signs', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="4" y="30">हिन्दी</text></svg>';
    const result = renderPng(svg, 1);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problem, /Devanagari/);
    assert.equal(renderPng(svg.replace('हिन्दी', 'Hindi'), 1).ok, true);
  });

  for (const [what, args, message] of [
    ['a scale out of range', ['--scale', '5'], /scale "5" must be a whole number from 1 to 4/],
    ['a scale that is no whole number', ['--scale', '1.5'], /scale "1.5"/],
    ['a width out of range', ['--width', '2000'], /from 280 to 1200/],
    ['an unknown theme', ['--theme', 'sepia'], /unknown theme "sepia"/],
  ] as const) {
    it(`refuses ${what}: one line on stderr, exit code 2`, () => {
      const result = cli('render', 'stat-card', '--finding', 'entry-level-raise', '--format', 'png', '--out', out, ...args);
      assert.equal(result.status, 2);
      assert.equal(result.stderr.trim().split('\n').length, 1);
      assert.match(result.stderr, message);
    });
  }

  it('refuses --scale for the text formats', () => {
    const result = cli('render', 'stat-card', '--finding', 'entry-level-raise', '--format', 'svg', '--scale', '2');
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /--scale is for --format png only/);
  });
});
