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
import { ENGLISH_WORDS, withoutNames } from '../../src/data/translation-schema.js';
import { readFileSync } from 'node:fs';
import { publishedNames, repoPath } from './helpers.js';

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

/** What assistive technology says of an output beyond its text: names, descriptions and alt text. */
const namesIn = (markup: string): string[] => [...markup.matchAll(/\b(?:aria-label|alt|title)="([^"]*)"/g)].map((match) => readable(match[1] ?? ''));

/** Text without what it quotes: a note may quote a source's own English words (and translate them). */
const withoutQuotes = (text: string): string => text.replace(/«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"/g, ' ');

/** Every string in a JSON value (its texts, not its keys). */
const textsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(textsIn) : [];

/** The words of four letters or more in a text, lower-cased. */
const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

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
type Finding = ReturnType<typeof listFindings>[number];
/** An output's markup as the renderer writes it. */
const markupOf = (format: Format | 'fallback', finding: Finding, locale = 'en') =>
  format === 'fallback' ? renderStatic(finding, 'fallback', { ...options, locale }) : renderFindingAs(finding, format, { ...options, locale });
const render = (format: Format | 'fallback', finding: Finding, locale = 'en') => readable(markupOf(format, finding, locale));

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

  it(`says no English word but proper names in ${LANGUAGES.filter((l) => l !== 'en').join(', ')}: text, names and alt text of every output`, () => {
    const names = publishedNames();
    const said = (markup: string) =>
      withoutQuotes(withoutNames(`${readable(markup.replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, ' '))} ${namesIn(markup).join(' ')}`, names));
    const languages = LANGUAGES.filter((language) => language !== 'en');
    const ownWords = new Map(languages.map((language) => [language, wordsOf(textsIn(JSON.parse(readFileSync(repoPath(`data/i18n/${language}.json`), 'utf8'))).join(' '))]));
    for (const format of outputs) for (const finding of listFindings()) {
      const englishWords = wordsOf(said(markupOf(format, finding)));
      for (const language of languages) {
        const text = said(markupOf(format, finding, language));
        const where = `${finding.id} (${format}, ${language})`;
        assert.equal(ENGLISH_WORDS.exec(text)?.[0], undefined, `${where}: an English word in "${text}"`);
        // Any word of the English output (the data's or the renderer's own) may show only if the language's own words have it too.
        const shown = wordsOf(text);
        const english = [...englishWords].filter((word) => shown.has(word) && !ownWords.get(language)?.has(word));
        assert.deepEqual(english, [], `${where}: English left in "${text}"`);
      }
    }
  });

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
