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

/** One finding's words in a language; absent fields keep the English. */
export interface FindingWords {
  label?: string;
  statement?: string;
  note?: string;
  phrasing?: string;
  values?: string[];
  conflicts?: string[];
  notComparable?: string;
}

export interface LanguagePack {
  messages: Partial<Record<MessageKey, Message>>;
  /** The error box's words. */
  errors?: Partial<Record<MessageKey, Message>>;
  findings?: Record<string, FindingWords>;
  /** Who each report's samples are, in the dataset's order. */
  samples?: Record<string, string[]>;
}
