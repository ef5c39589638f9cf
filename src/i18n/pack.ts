import type { ComparisonValue, Finding } from '../data/types.js';

type ConflictingValue = NonNullable<Finding['conflictingValues']>[number];

/**
 * The shape of the words: the English catalogue's messages, and a language
 * pack (the interface's messages and the findings' own texts in one language).
 * Both are generated from data/i18n/<lang>.json by scripts/build-data.ts after
 * validation.
 */

/** A message: text with `{name}` slots, or one text per plural form of `{count}`. */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

declare const catalogued: unique symbol;

/**
 * One message of the interface in English (src/i18n/en.generated.ts, one
 * export per key of data/i18n/en.json): what `Words.say` takes, and what its
 * translations are filed under (see `messageKey`).
 */
export type CatalogueMessage = (string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string })) & { readonly [catalogued]: true };

/** What a message's translations are filed under in a pack: its English text (a plural's, its `other` form). */
export const messageKey = (english: string | { other: string }): string => (typeof english === 'string' ? english : english.other);

/**
 * One finding's texts in a language, in the finding's own shape: spread over the
 * finding, they translate it. Absent fields keep the English; the article's
 * phrasing stays English (a figure is read from it) and its translation is `shownPhrasing`.
 */
export interface FindingTexts {
  label?: string;
  statement?: string;
  note?: string;
  shownPhrasing?: string;
  conflictingValues?: ConflictingValue[];
  values?: ComparisonValue[];
  notComparable?: string;
}

/** A language's words, by position like `FindingWords`: no keys or ids to download. */
export interface LanguagePack {
  /** Every message of the interface (the error box's included) by its English (`messageKey`); absent: not translated. */
  messages: Readonly<Record<string, Message>>;
  findings?: Record<string, FindingTexts>;
  /** Who each report's samples are, in the dataset's order. */
  samples?: Record<string, string[]>;
}
