import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dataset } from '../../src/data/dataset.generated.js';
import { figuresIn, glossarySchema, translationProblems } from '../../src/data/translation-schema.js';
import { LANGUAGES } from '../../src/view/locale.js';
import { repoPath } from './helpers.js';

const readJson = (relative: string): unknown => JSON.parse(readFileSync(repoPath(relative), 'utf8'));
const glossary = glossarySchema.parse(readJson('data/i18n/glossary.json'));
const englishMessages = readJson('data/i18n/en.json') as Record<'messages' | 'errors', Record<string, string | Record<string, string>>>;
const translated = LANGUAGES.filter((language) => language !== 'en');

describe('translations', () => {
  it('has a glossary entry in every language for every key term', () => {
    for (const [term, entries] of Object.entries(glossary.terms)) {
      assert.deepEqual(Object.keys(entries).sort(), [...LANGUAGES].sort(), term);
      for (const entry of Object.values(entries)) assert.match(entry.term, new RegExp(entry.pattern, 'iu'), `${term}: "${entry.term}" fits its own pattern`);
    }
  });

  for (const language of translated) {
    it(`translates every finding and message into ${language}, keeping the glossary, the names and every figure`, () => {
      const file = `data/i18n/${language}.json`;
      assert.ok(existsSync(repoPath(file)), `${file} is missing`);
      const problems = translationProblems(language, readJson(file), dataset, glossary, englishMessages);
      assert.deepEqual(problems, []);
    });
  }

  describe('the checks themselves', () => {
    const german = (): Record<string, unknown> => structuredClone(readJson('data/i18n/de.json')) as Record<string, unknown>;
    const findings = (translation: Record<string, unknown>) => translation['findings'] as Record<string, Record<string, unknown>>;
    const problemsOf = (translation: unknown) => translationProblems('de', translation, dataset, glossary, englishMessages);

    it('reads figures in each language’s number format', () => {
      assert.deepEqual(figuresIn('1,000 employers, 2.4 times, 90% in 2025', 'en'), [1000, 2.4, 90, 2025]);
      assert.deepEqual(figuresIn('1.000 Arbeitgeber, 2,4-mal, 90 % im Jahr 2025', 'de'), [1000, 2.4, 90, 2025]);
      assert.deepEqual(figuresIn('1 000 employeurs, 2,4 fois', 'fr'), [1000, 2.4]);
      assert.deepEqual(figuresIn('%90 oranında', 'tr'), [90]);
      assert.deepEqual(figuresIn('2,40,000 छात्र', 'hi'), [240000]);
    });

    it('refuses a changed, added or dropped figure', () => {
      const translation = german();
      const entry = findings(translation)['employers-higher-starting-salary']!;
      entry['label'] = `${String(entry['label'])} (2025)`;
      assert.match(problemsOf(translation).join('\n'), /employers-higher-starting-salary" → label: figures 2025 where the English has none/);
    });

    it('refuses a sentence left in English', () => {
      const translation = german();
      findings(translation)['employers-higher-starting-salary']!['statement'] = dataset.findings[0]!.statement;
      assert.match(problemsOf(translation).join('\n'), /→ statement: left in English/);
    });

    it('refuses an English word left in a translated sentence', () => {
      const translation = german();
      const entry = findings(translation)['employers-higher-starting-salary']!;
      entry['statement'] = `${String(entry['statement'])} and more`;
      assert.match(problemsOf(translation).join('\n'), /English word "and"/);
    });

    it('holds a translation to the glossary', () => {
      const translation = german();
      const entry = findings(translation)['employers-higher-starting-salary']!;
      entry['statement'] = String(entry['statement']).replace(/Microcredentials?/gi, 'Mikrozertifikate');
      assert.match(problemsOf(translation).join('\n'), /the English says "micro-credential"; write the glossary's "Microcredential"/);
    });

    it('reads words by Unicode letters and capitals the language’s way', () => {
      const turkish = JSON.parse(readFileSync(repoPath('data/i18n/tr.json'), 'utf8')) as Record<string, unknown>;
      const entry = findings(turkish)['employers-higher-starting-salary']!;
      // "sayı" is Turkish, not the English "say"; "İşverenlerin" is "işverenlerin" with a capital.
      entry['statement'] = `İşverenlerin onda dokuzu, bu sayı ile mikro yeterliliğe sahip adaylara daha yüksek başlangıç maaşı önermeye isteklidir.`;
      const problems = translationProblems('tr', turkish, dataset, glossary, englishMessages).filter((problem) => problem.includes('employers-higher-starting-salary'));
      assert.deepEqual(problems, []);
    });

    it('refuses machine-translation garble', () => {
      const translation = german();
      const entry = findings(translation)['employers-higher-starting-salary']!;
      entry['statement'] = String(entry['statement']).replace(/Microcredentials?/i, 'Microcredentials (Mikroglaube)');
      assert.match(problemsOf(translation).join('\n'), /garble "Mikroglaube"/);
    });

    it('refuses a missing finding and an unknown one', () => {
      const translation = german();
      const all = findings(translation);
      all['no-such-finding'] = all['employers-higher-starting-salary']!;
      delete all['employers-higher-starting-salary'];
      const problems = problemsOf(translation).join('\n');
      assert.match(problems, /finding "employers-higher-starting-salary": not translated/);
      assert.match(problems, /finding "no-such-finding": no such finding/);
    });
  });
});
