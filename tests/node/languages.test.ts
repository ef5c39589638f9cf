/**
 * Every finding in every language: what each widget says (the view model that
 * every renderer lays out) has no English word left but proper names, its
 * numbers in the language's format, and falls back the way the README says.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getFinding, listFindings } from '../../src/data/index.js';
import { ENGLISH_WORDS, withoutNames } from '../../src/data/translation-schema.js';
import '../../src/i18n/all.js';
import { comparisonView } from '../../src/view/comparison.js';
import { viewOf } from '../../src/view/index.js';
import { LANGUAGES } from '../../src/view/locale.js';
import type { WidgetView } from '../../src/view/model.js';
import { calloutText } from '../../src/view/wording.js';
import { publishedNames } from './helpers.js';

/** What stays as published in every language. */
const names = publishedNames();

/** Every text a view gives a reader or a listener. */
function textsOf(view: WidgetView): string[] {
  const common = [view.label, view.title, view.statement, view.summary, view.sentence, view.doubt, view.note?.title, ...(view.note?.paragraphs ?? []), ...(view.source?.parts ?? [])];
  const own =
    view.kind === 'stat'
      ? [view.hedge, view.figure, view.exact]
      : [
          ...(view.callout ? [calloutText(view.callout)] : []),
          ...(view.kind === 'comparison' ? [view.notComparable] : []),
          view.chartName,
          ...(view.kind === 'trend' && view.table ? [...view.table.headers, ...view.table.rows.flat()] : []),
        ];
  return [...common, ...own].filter((text): text is string => !!text);
}

describe('every finding in every language', () => {
  for (const language of LANGUAGES.filter((language) => language !== 'en')) {
    it(`${language}: no English word but proper names, in any of the ${listFindings().length} findings`, () => {
      for (const finding of listFindings()) {
        const view = viewOf(finding, { locale: language });
        assert.equal(view.lang, language, finding.id);
        for (const text of textsOf(view)) {
          const english = ENGLISH_WORDS.exec(withoutNames(text, names));
          assert.equal(english, null, `${finding.id} (${language}): "${english?.[0]}" in "${text}"`);
        }
      }
    });
  }

  it('writes numbers in the language’s format inside its sentences', () => {
    const finding = getFinding('students-enrolment-multiple');
    assert.ok(finding);
    assert.match(viewOf(finding, { locale: 'de' }).statement ?? '', /2,4/);
    assert.match(viewOf(getFinding('employers-higher-starting-salary')!, { locale: 'fr' }).sentence, /90\u00a0%|90\u202f%/);
    assert.match(viewOf(getFinding('employers-higher-starting-salary')!, { locale: 'tr' }).sentence, /%90/);
  });

  it('takes a regional tag’s language, and English for a language it does not have', () => {
    const finding = getFinding('employers-higher-starting-salary')!;
    assert.equal(viewOf(finding, { locale: 'de-AT' }).lang, 'de');
    assert.equal(viewOf(finding, { locale: 'es-MX' }).lang, 'es');
    assert.equal(viewOf(finding, { locale: 'pt-BR' }).lang, 'en');
    assert.equal(viewOf(finding, { locale: 'pt-BR' }).label, finding.label);
  });

  it('says plural forms by the language’s rules', () => {
    const own = (values: number[]) => comparisonView({ kind: 'comparison', unit: 'percent', values: values.map((value, i) => ({ label: `G${i}`, value })) }, { locale: 'fr' });
    const one = own([40, 41]);
    const many = own([40, 45]);
    assert.ok(one.callout && many.callout);
    assert.match(one.callout.strong, /^\+1\s?point$/);
    assert.match(many.callout.strong, /^\+5\s?points$/);
  });
});
