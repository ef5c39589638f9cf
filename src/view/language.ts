/**
 * Every word a widget says, in the reader's language. English is built in; the
 * other languages' packs are registered when loaded (the elements load one on
 * demand, the exports register all). Anything a pack lacks is said in English.
 */
import { listFindings } from '../data/lookup.js';
import type { Finding } from '../data/types.js';
import type { CatalogueMessage, FindingWords, LanguagePack, Message } from '../i18n/pack.js';
import { FALLBACK_LOCALE, languageOf, type Language } from './locale.js';

export type { CatalogueMessage, FindingWords, LanguagePack };

/** Values for a message's `{name}` slots; `count` also picks the plural form. */
export type Params = Record<string, string | number>;

/** A message split around its emphasised slot: "+39 points" in "+39 points since 2023". */
export interface Callout {
  /** Words before the emphasised part, where the language puts some. */
  before?: string | undefined;
  strong: string;
  /** Words after it. */
  rest: string;
}

/** English needs no pack: each message carries its English (src/i18n/en.generated.ts), and the errors' words come when needed. */
const englishPack: LanguagePack = {};
const packs = new Map<string, LanguagePack>([[FALLBACK_LOCALE, englishPack]]);

/** Makes a language's words available to every widget and export. */
export function registerLanguage(language: Language, pack: LanguagePack): void {
  packs.set(language, pack);
}

/** The error box's English words (src/i18n/errors-en.generated.ts), once loaded: the catalogue's messages from `first` on. */
let englishErrors: { first: number; errors: Message[] } | undefined;

/** Makes the error box's English words available (src/element/authoring.ts does): English readers need them, every language falls back on them. */
export function registerEnglishErrors(words: { first: number; errors: Message[] }): void {
  englishErrors = words;
}

/** The findings' ids in a pack's order (`Array.prototype.sort`, as scripts/build-data.ts orders them). */
let packOrder: string[] | undefined;

/** Whether a language's words are here (English always is). */
export const hasLanguage = (language: Language): boolean => packs.has(language);

const pluralRules = new Map<string, Intl.PluralRules>();
/** By locale, as the plural rules: building one costs far more than using it, and every widget's source line asks. */
const listFormats: Record<string, Intl.ListFormat> = {};

function pick(message: Message, locale: string, count: number): string {
  if (typeof message === 'string') return message;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return message[rules.select(count)] ?? message.other ?? '';
}

const fill = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));

/** The words of one locale: its messages and its translations of the findings. */
export class Words {
  /** The language the words are in, for `lang` attributes: `de` for `de-AT`, `en` when not translated. */
  readonly language: Language;
  readonly #pack: LanguagePack;

  constructor(readonly locale: string) {
    const language = languageOf(locale) ?? FALLBACK_LOCALE;
    const pack = packs.get(language);
    this.language = pack ? language : FALLBACK_LOCALE;
    this.#pack = pack ?? englishPack;
  }

  /** The message in this language (its English where the pack lacks it), in the plural form `count` needs. */
  #template(entry: CatalogueMessage, params: Params): string {
    const [index, english] = typeof entry === 'number' ? [entry] : entry;
    const message = this.#pack.messages?.[index] ?? english ?? englishErrors?.errors[index - englishErrors.first];
    // Only an error box whose words could not be loaded lacks a message: the console says why.
    return message ? pick(message, this.locale, Number(params['count'] ?? 0)) : `(${index})`;
  }

  /** A message with its slots filled: `say(en.reportedBy, { list })`. */
  say(message: CatalogueMessage, params: Params = {}): string {
    return fill(this.#template(message, params), params);
  }

  /** A message split around the slot `strong` names, for a call-out that emphasises it. */
  emphasise(message: CatalogueMessage, params: Params, strong: string): Callout {
    const [before = '', rest = ''] = this.#template(message, params).split(`{${strong}}`);
    return { before: fill(before, params).trim() || undefined, strong: String(params[strong]), rest: fill(rest, params).trim() };
  }

  /** A list in the language's words: "A, B and C". */
  list(items: string[]): string {
    return (listFormats[this.locale] ??= new Intl.ListFormat(this.locale)).format(items);
  }

  /** Who a report's sample is, in this language. */
  sample(reportId: string, index: number, english: string): string {
    return this.#pack.samples?.[reportId]?.[index] ?? english;
  }

  /** A finding with its texts in this language (the English where a text is not translated). */
  finding<F extends Finding>(finding: F): F & FindingWords {
    return merge(finding, this.#pack.findings?.[(packOrder ??= listFindings().map((each) => each.id).sort()).indexOf(finding.id)]);
  }
}

/** `base` with `words` laid over it: objects field by field, arrays entry by entry. */
function merge<T>(base: T, words: unknown): T {
  if (words == null) return base;
  if (typeof words !== 'object') return words as T;
  if (Array.isArray(base)) return base.map((entry, i) => merge(entry, (words as unknown[])[i])) as T;
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(words)) merged[key] = merge(merged[key], value);
  return merged as T;
}
