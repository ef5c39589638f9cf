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

/** The language a locale's words are written in: its own (`de-AT` → `de`), else English. */
export function languageOf(locale: string): Language {
  const primary = locale.split('-')[0]?.toLowerCase();
  return LANGUAGES.find((language) => language === primary) ?? FALLBACK_LOCALE;
}
