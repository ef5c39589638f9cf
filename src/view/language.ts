/**
 * Every word a widget says, in the reader's language. English is built in; the
 * other languages' packs are registered when loaded (the elements load one on
 * demand, the exports register all). Anything a pack lacks is said in English.
 */
import type { Finding } from '../data/types.js';
import { messageKey, type CatalogueMessage, type FindingTexts, type LanguagePack, type Message } from '../i18n/pack.js';
import { FALLBACK_LOCALE, languageOf, type Language } from './locale.js';

export type { CatalogueMessage, FindingTexts, LanguagePack };

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

/** English needs no pack: each message carries its English (src/i18n/en.generated.ts). */
const englishPack: LanguagePack = { messages: {} };
const packs = new Map<string, LanguagePack>([[FALLBACK_LOCALE, englishPack]]);

/** Makes a language's words available to every widget and export. */
export function registerLanguage(language: Language, pack: LanguagePack): void {
  packs.set(language, pack);
}

/** Whether a language's words are here (English always is). */
export const hasLanguage = (language: Language): boolean => packs.has(language);

const pluralRules = new Map<string, Intl.PluralRules>();

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
  #template(message: CatalogueMessage, params: Params): string {
    return pick(this.#pack.messages[messageKey(message)] ?? message, this.locale, Number(params['count'] ?? 0));
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
    return new Intl.ListFormat(this.locale).format(items);
  }

  /** Who a report's sample is, in this language. */
  sample(reportId: string, index: number, english: string): string {
    return this.#pack.samples?.[reportId]?.[index] ?? english;
  }

  /** A finding with its texts in this language (the English where a text is not translated). */
  finding<F extends Finding>(finding: F): F & FindingTexts {
    return { ...finding, ...this.#pack.findings?.[finding.id] };
  }
}
