/** Which locale numbers are written in: a valid BCP 47 tag that Intl supports, else English. */

export const FALLBACK_LOCALE = 'en';

const canonicalTags = new Map<string, string | undefined>();

/** The canonical form of a BCP 47 tag, or undefined when Intl rejects it (remembered: every widget asks). */
export function canonicalLocale(tag: string): string | undefined {
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    const [candidate] = Intl.getCanonicalLocales(tag);
    if (candidate && Intl.NumberFormat.supportedLocalesOf(candidate).length) canonical = candidate;
  } catch {
    // Not a language tag: undefined.
  }
  canonicalTags.set(tag, canonical);
  return canonical;
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
