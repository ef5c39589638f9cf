/**
 * The rules for the translations in data/i18n/<lang>.json: the shape (zod) and
 * the checks that need the English dataset beside them — every finding and
 * field translated, nothing left in English, no garble, the glossary's terms,
 * the proper names, and every figure kept. Build and test time only.
 */
import { z } from 'zod';
import type { Dataset, Finding } from './types.js';
import { GARBLE_PATTERN } from './schema.js';

const text = z
  .string()
  .min(1, 'must not be empty')
  .refine((value) => value.trim() === value, 'must not start or end with spaces');

/** One finding's words in another language; a field is present exactly when the English has it. */
export const findingTranslationSchema = z.strictObject({
  label: text,
  statement: text,
  note: text.optional(),
  /** The article's phrase for the figure ("nine in ten"), as that language says it. */
  phrasing: text.optional(),
  /** A comparison's group labels, in the English order. */
  values: z.array(text).optional(),
  /** The details of `conflictingValues`, in the English order. */
  conflicts: z.array(text).optional(),
  notComparable: text.optional(),
});

export const translationSchema = z.strictObject({
  $comment: z.string().optional(),
  findings: z.record(z.string(), findingTranslationSchema),
  /** Who each report's samples are ("students and employers"), in the English order. */
  samples: z.record(z.string(), z.array(text)),
  /** Every word of the interface, keyed as in data/i18n/en.json. */
  messages: z.record(z.string(), z.union([text, z.record(z.string(), text)])).optional(),
  /** The words of the error box, keyed as in data/i18n/en.json. */
  errors: z.record(z.string(), z.union([text, z.record(z.string(), text)])).optional(),
});

export type FindingTranslation = z.infer<typeof findingTranslationSchema>;
type Message = string | Record<string, string>;
export type Translation = z.infer<typeof translationSchema>;

const glossaryEntry = z.strictObject({ term: text, pattern: text });
export const glossarySchema = z.strictObject({
  $comment: z.string().optional(),
  names: z.array(text),
  terms: z.record(z.string(), z.record(z.string(), glossaryEntry)),
  /** Per language, words a bad machine translation would use for "micro-credential". */
  garble: z.record(z.string(), z.array(text)),
});
export type Glossary = z.infer<typeof glossarySchema>;

/** The English fields of a finding that a translation gives, in the translation's shape. */
export function englishTexts(finding: Finding): FindingTranslation {
  return {
    label: finding.label,
    statement: finding.statement,
    ...(finding.note ? { note: finding.note } : {}),
    ...('phrasing' in finding && finding.phrasing ? { phrasing: finding.phrasing } : {}),
    ...(finding.kind === 'comparison' ? { values: finding.values.map((entry) => entry.label) } : {}),
    ...(finding.conflictingValues ? { conflicts: finding.conflictingValues.map((entry) => entry.detail) } : {}),
    ...(finding.kind === 'comparison' && finding.notComparable ? { notComparable: finding.notComparable } : {}),
  };
}

/** Every text of a translated finding with the field it belongs to, paired with its English. */
export function pairedTexts(english: FindingTranslation, translated: FindingTranslation): Array<{ field: string; english: string; translated: string | undefined }> {
  const pairs: Array<{ field: string; english: string; translated: string | undefined }> = [];
  for (const key of Object.keys(english) as Array<keyof FindingTranslation>) {
    const source = english[key];
    const target = translated[key];
    if (Array.isArray(source)) {
      source.forEach((entry, i) => pairs.push({ field: `${key}[${i}]`, english: entry, translated: Array.isArray(target) ? target[i] : undefined }));
    } else if (source !== undefined) {
      pairs.push({ field: key, english: source, translated: typeof target === 'string' ? target : undefined });
    }
  }
  return pairs;
}

/** English words that no sentence of the other five languages uses: one left in place means an untranslated sentence. */
// Word edges by Unicode letters, so a Turkish "sayı" is not the English "say".
export const ENGLISH_WORDS = /(?<!\p{L})(the|and|of|with|who|that|are|is|was|for|from|than|their|they|would|say|says|said|more|most|have|has|not|which|this)(?!\p{L})/iu;

/** Text with the proper names taken out, so checks see only the project's own words. */
export function withoutNames(value: string, names: readonly string[]): string {
  return names.reduce((rest, name) => rest.split(name).join(' '), value);
}

/** The figures in a text, as numbers, read in the language's number format (years and counts included). */
export function figuresIn(value: string, language: string): number[] {
  const parts = new Intl.NumberFormat(language).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  // A group separator that is a space may be typed as any space.
  const groupClass = /\s/.test(group) ? '[\\s\\u00A0\\u202F]' : `[${group.replace(/[\\\]^-]/g, '\\$&')}]`;
  // Groups of three, or India's lakh grouping (2,40,000) that Intl writes for Hindi.
  const pattern = new RegExp(`\\d{1,3}(?:${groupClass}\\d{2,3})*${groupClass}\\d{3}(?:[${decimal}]\\d+)?|\\d+(?:[${decimal}]\\d+)?`, 'g');
  return [...value.matchAll(pattern)].map((match) =>
    Number(match[0].replace(new RegExp(groupClass, 'g'), '').replace(decimal, '.')),
  );
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

/**
 * What is wrong with one language's translation, each problem naming the
 * finding and field; empty when it is complete and keeps to the rules.
 */
export function translationProblems(
  language: string,
  input: unknown,
  dataset: Dataset,
  glossary: Glossary,
  english: { messages: Record<string, Message>; errors: Record<string, Message> },
): string[] {
  const parsed = translationSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.join(' → ') || '(file)'}: ${issue.message}`);
  }
  const translation = parsed.data;
  const problems: string[] = [];
  const garble = [
    // "micro-certification" is garble in English and the proper French term.
    language === 'fr' ? new RegExp(GARBLE_PATTERN.source.replace('|micro[- ]?certification', ''), 'i') : GARBLE_PATTERN,
    ...(glossary.garble[language] ?? []).map((word) => new RegExp(word, 'i')),
  ];
  const terms = Object.entries(glossary.terms).flatMap(([name, entries]) => {
    const english = entries.en;
    const own = entries[language];
    return english && own ? [{ name, english: new RegExp(english.pattern, 'i'), own: new RegExp(own.pattern.toLocaleLowerCase(language), 'iu'), term: own.term }] : [];
  });

  function checkText(where: string, english: string, translated: string | undefined): void {
    if (translated === undefined) {
      problems.push(`${where}: missing`);
      return;
    }
    const ownWords = withoutNames(translated, glossary.names);
    const englishWords = withoutNames(english, glossary.names);
    if (translated === english && /\p{L}{2}/u.test(ownWords)) problems.push(`${where}: left in English`);
    const leftover = ENGLISH_WORDS.exec(ownWords);
    if (leftover) problems.push(`${where}: English word "${leftover[0]}" left in the translation`);
    for (const pattern of garble) {
      const found = pattern.exec(translated);
      if (found) problems.push(`${where}: machine-translation garble "${found[0]}"`);
    }
    for (const term of terms) {
      // Lower-cased the language's way first: a regular expression does not know that Turkish "İ" is "i".
      if (term.english.test(englishWords) && !term.own.test(ownWords.toLocaleLowerCase(language))) {
        problems.push(`${where}: the English says "${term.name}"; write the glossary's "${term.term}"`);
      }
    }
    for (const name of glossary.names) {
      if (english.includes(name) && !translated.includes(name)) problems.push(`${where}: keep the name "${name}" as published`);
    }
    const expected = sorted(figuresIn(english, 'en'));
    const found = sorted(figuresIn(translated, language));
    if (expected.join() !== found.join()) {
      problems.push(`${where}: figures ${found.join(', ') || 'none'} where the English has ${expected.join(', ') || 'none'}`);
    }
  }

  for (const finding of dataset.findings) {
    const translated = translation.findings[finding.id];
    if (!translated) {
      problems.push(`finding "${finding.id}": not translated`);
      continue;
    }
    const english = englishTexts(finding);
    for (const key of Object.keys(translated)) {
      if (!(key in english)) problems.push(`finding "${finding.id}" → ${key}: the English has no ${key}`);
    }
    for (const pair of pairedTexts(english, translated)) checkText(`finding "${finding.id}" → ${pair.field}`, pair.english, pair.translated);
    for (const key of ['values', 'conflicts'] as const) {
      const count = english[key]?.length;
      if (count !== undefined && translated[key] && translated[key].length !== count) {
        problems.push(`finding "${finding.id}" → ${key}: ${translated[key].length} entries where the English has ${count}`);
      }
    }
  }
  for (const id of Object.keys(translation.findings)) {
    if (!dataset.findings.some((finding) => finding.id === id)) problems.push(`finding "${id}": no such finding in data/findings.json`);
  }
  problems.push(...messageProblems(language, 'messages', translation.messages, english.messages, checkText));
  problems.push(...messageProblems(language, 'errors', translation.errors, english.errors, checkText));
  for (const report of dataset.reports) {
    const samples = translation.samples[report.id] ?? [];
    if (samples.length !== report.samples.length) {
      problems.push(`samples of "${report.id}": ${samples.length} entries where the English has ${report.samples.length}`);
    }
    report.samples.forEach((sample, i) => checkText(`samples of "${report.id}" → [${i}]`, sample.who, samples[i]));
  }
  return problems;
}

const slotsOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort().join(', ');

/**
 * The interface's messages: every English key translated, with the same `{slots}`
 * (a plural form may leave out the number it counts), plural forms that the
 * language has, and the same checks as the findings' texts (slots taken out).
 */
function messageProblems(
  language: string,
  section: string,
  messages: Record<string, Message> | undefined,
  english: Record<string, Message>,
  checkText: (where: string, english: string, translated: string | undefined) => void,
): string[] {
  if (!messages) return [`${section}: missing`];
  const problems: string[] = [];
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  const withoutSlots = (text: string) => text.replace(/\{\w+\}/g, '');
  for (const [key, source] of Object.entries(english)) {
    const where = `${section} → ${key}`;
    const target = messages[key];
    if (target === undefined) {
      problems.push(`${where}: missing`);
      continue;
    }
    const englishText = typeof source === 'string' ? source : (source['other'] ?? '');
    const texts = typeof target === 'string' ? { other: target } : target;
    if (typeof source === 'string' && typeof target !== 'string') problems.push(`${where}: must be one text, not plural forms`);
    if (typeof source !== 'string') {
      for (const form of forms) if (!(form in texts)) problems.push(`${where}: ${language} needs the plural form "${form}"`);
      for (const form of Object.keys(texts)) if (!forms.includes(form)) problems.push(`${where}: ${language} has no plural form "${form}"`);
    }
    for (const [form, text] of Object.entries(texts)) {
      const expected = slotsOf(englishText);
      const found = slotsOf(text);
      // A singular or dual form may say its number in words ("un point" for 1).
      const countsInWords = form !== 'other' && expected.split(', ').filter((slot) => !found.split(', ').includes(slot)).every((slot) => slot === 'n' || slot === 'count');
      if (found !== expected && !countsInWords) problems.push(`${where}${form === 'other' ? '' : ` (${form})`}: slots {${found}} where the English has {${expected}}`);
      checkText(`${where}${form === 'other' ? '' : ` (${form})`}`, withoutSlots(englishText), withoutSlots(text));
    }
  }
  for (const key of Object.keys(messages)) if (!(key in english)) problems.push(`${section} → ${key}: no such message in data/i18n/en.json`);
  return problems;
}
