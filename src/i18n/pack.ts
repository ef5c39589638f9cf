/**
 * The shape of the words: the English catalogue's messages, and a language
 * pack (the interface's messages, the error box's and the findings' own texts
 * in one language). All are generated from data/i18n/<lang>.json by
 * scripts/build-data.ts after validation.
 */

/** A message: text with `{name}` slots, or one text per plural form of `{count}`. */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

declare const catalogued: unique symbol;

/**
 * One message of the catalogue (src/i18n/en.generated.ts, one export per
 * message of data/i18n/en.json): its place, which the packs follow, and its
 * English; an error box's message is its place alone (a number the bundler
 * inlines), its English loaded only when a widget has a problem to show.
 * What `Words.say` takes.
 */
export type CatalogueMessage = (readonly [index: number, english: Message] | number) & { readonly [catalogued]: true };

/** The part of a comparison value or conflicting value a pack translates. */
interface EntryWords {
  label?: string;
  detail?: string;
}

/**
 * One finding's words in a language, in the finding's own shape: merged over
 * the finding (`Words.finding`), they translate it; the entries of its lists
 * by position. The article's phrasing stays English (a figure is read from
 * it); its translation is `shownPhrasing`.
 */
export interface FindingWords {
  label?: string;
  statement?: string;
  note?: string;
  shownPhrasing?: string;
  values?: EntryWords[];
  conflictingValues?: EntryWords[];
  notComparable?: string;
}

/** A language's words, by position: no keys or ids to download. */
export interface LanguagePack {
  /** Every message of the catalogue, the error box's included, in its order; `null`: not translated. */
  messages?: Array<Message | null>;
  /** Each finding's words, the findings ordered by id (as `Array.prototype.sort` orders them). */
  findings?: FindingWords[];
  /** Who each report's samples are, by report id. */
  samples?: Record<string, string[]>;
}
