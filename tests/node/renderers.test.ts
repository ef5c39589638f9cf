/**
 * Every renderer lays out the one view model: for every finding, the email,
 * SVG, server-rendered html and fallback text say the same figure, values,
 * statement and source — and keep the data's marks (exact figure, doubt, not
 * comparable). The browser test of the same name checks the live elements.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { listFindings } from '../../src/data/index.js';
import { renderFindingAs, type Format, type RenderOptions } from '../../src/export/index.js';
import { renderStatic } from '../../src/export/static.js';
import { viewOf } from '../../src/view/index.js';
import { sourceText } from '../../src/view/source.js';
import type { WidgetView } from '../../src/view/model.js';
import { LANGUAGES } from '../../src/view/locale.js';

const options: RenderOptions = { theme: 'light', locale: 'en', width: 600 };

/** What a reader reads in an output: tags dropped, entities decoded, white space folded. */
function readable(markup: string): string {
  return markup
    .replace(/<template[^>]*>|<\/template>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The figure texts a reader must find: the headline (and the exact number), or each value with its label. */
function figures(view: WidgetView): string[] {
  switch (view.kind) {
    case 'stat':
      return [view.figure, ...(view.exact ? [view.exact] : [])];
    case 'comparison':
      return view.bars.flatMap((bar) => [bar.label, bar.shown]);
    case 'trend':
      return [view.points[0]?.shown ?? '', view.points.at(-1)?.shown ?? ''];
  }
}

const outputs: Array<Format | 'fallback'> = ['email', 'svg', 'html', 'fallback'];
const render = (format: Format | 'fallback', finding: (typeof listFindings extends () => readonly (infer F)[] ? F : never), locale = 'en') =>
  readable(format === 'fallback' ? renderStatic(finding, 'fallback', { ...options, locale }) : renderFindingAs(finding, format, { ...options, locale }));

describe('every renderer says the same', () => {
  for (const format of outputs) {
    it(`${format}: the figure, the values, the statement and the source line of all ${listFindings().length} findings, in ${LANGUAGES.join(', ')}`, () => {
      for (const locale of LANGUAGES) for (const finding of listFindings()) {
        const view = viewOf(finding, { locale });
        const text = render(format, finding, locale);
        for (const expected of [...figures(view), view.statement ?? '', view.label ?? '']) {
          assert.ok(text.includes(expected.replace(/\s+/g, ' ')), `${finding.id} (${format}, ${locale}) should show "${expected}"`);
        }
        // The SVG wraps the source line into several text lines; its words still read in order.
        if (view.source) assert.ok(text.includes(sourceText(view.source).replace(/\s+/g, ' ')), `${finding.id} (${format}) source line`);
      }
    });
  }

  it('shows the exact figure beside every phrase that stands for a reported number, and no computed number for a phrase', () => {
    let phrased = 0;
    for (const finding of listFindings()) {
      if (finding.kind !== 'stat' || !finding.phrasing) continue;
      const view = viewOf(finding, options);
      if (view.kind !== 'stat') continue;
      if (finding.phrasingOnly) {
        assert.equal(view.exact, undefined, finding.id);
        // The note may explain the reading ("33.3% is that fraction"); the figure, sentence and values may not show it.
        const note = view.note?.paragraphs.join(' ') ?? '';
        for (const format of outputs) {
          const shown = render(format, finding).replace(note, '');
          assert.ok(!shown.includes(`${finding.value}%`), `${finding.id} shows a computed ${finding.value}% (${format})`);
        }
      } else if (view.figure !== view.exact && !view.figure.includes(String(finding.value))) {
        phrased++;
        assert.ok(view.exact, `${finding.id} shows "${view.figure}" without the exact figure`);
        for (const format of outputs) assert.ok(render(format, finding).includes(view.exact), `${finding.id} (${format}) shows ${view.exact}`);
      }
    }
    assert.ok(phrased >= 1, 'the dataset has phrased figures with an exact number (e.g. "9 in 10", 90%)');
  });

  it('marks a doubtful figure in every renderer', () => {
    const doubtful = listFindings().filter((finding) => finding.confidence === 'doubtful');
    assert.ok(doubtful.length >= 1);
    for (const finding of doubtful) {
      for (const format of outputs) assert.match(render(format, finding), /Doubtful figure/, `${finding.id} (${format})`);
      assert.match(viewOf(finding, options).sentence, /doubtful figure/, `${finding.id}: the sentence read to assistive technology says so`);
    }
  });

  it('never calls out a gap between values that are not directly comparable, and says why instead', () => {
    const incomparable = listFindings().filter((finding) => finding.kind === 'comparison' && finding.notComparable);
    assert.ok(incomparable.length >= 1);
    for (const finding of incomparable) {
      for (const format of outputs) {
        const text = render(format, finding);
        assert.ok(!/points|compared with|×/.test(text.replace(/Not directly comparable\..*/, '')), `${finding.id} (${format}) calls out a gap`);
        assert.match(text, /Not directly comparable\./, `${finding.id} (${format})`);
      }
    }
  });
});
