/**
 * The shape of a language pack: the interface's messages and the findings'
 * own texts in one language. The packs are generated from data/i18n/<lang>.json
 * by scripts/build-data.ts after validation.
 */
import type { errors, messages } from './en.generated.js';

/** The name of each message of the interface (data/i18n/en.json), the error box's included. */
export type MessageKey = keyof typeof messages | keyof typeof errors;

/** A message: text with `{name}` slots, or one text per plural form of `{count}`. */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * One finding's words in a language, by position (a pack ships no field names
 * or ids: readers download the words and little else): label, statement, note,
 * phrasing, the comparison's value labels, the conflicting values' details,
 * why values are not comparable. `null` or a missing tail keeps the English.
 */
export type FindingWords = [
  label?: string | null,
  statement?: string | null,
  note?: string | null,
  phrasing?: string | null,
  values?: string[] | null,
  conflicts?: string[] | null,
  notComparable?: string | null,
];

/** A language's words, by position like `FindingWords`: no keys or ids to download. */
export interface LanguagePack {
  /** The messages, then the error box's, in the order of data/i18n/en.json. */
  messages?: Array<Message | null>;
  /** In the dataset's order of findings. */
  findings?: FindingWords[];
  /** Who each report's samples are: reports and samples in the dataset's order. */
  samples?: string[][];
}
