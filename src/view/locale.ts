/** Which locale numbers are written in: a valid BCP 47 tag that Intl supports, else English. */
import { remembered } from './remembered.js';

export const FALLBACK_LOCALE = 'en';

const canonicalTags = new Map<string, string | undefined>();

/** The canonical form of a BCP 47 tag, or undefined when Intl rejects it (remembered: every widget asks). */
export const canonicalLocale = (tag: string): string | undefined => remembered(canonicalTags, tag, () => supportedTag(tag));

function supportedTag(tag: string): string | undefined {
  try {
    const [candidate] = Intl.getCanonicalLocales(tag);
    if (candidate && Intl.NumberFormat.supportedLocalesOf(candidate).length) return candidate;
  } catch {
    // Not a language tag: undefined.
  }
  return undefined;
}

/** The languages every word is written in (numbers follow any valid locale). */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'tr', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language whose words a tag asks for (`de-AT`, `de_DE` → `de`), or undefined when it is
 * not one of them or not a tag; as Widget_Request::language_of() in the WordPress plugin's PHP.
 */
export function languageOf(tag: string): Language | undefined {
  const primary = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(tag)?.[1]?.toLowerCase();
  return LANGUAGES.find((language) => language === primary);
}
