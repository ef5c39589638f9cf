/** Picks the locale numbers are written in: the `locale` attribute, else the nearest `lang`, else English. */

export const FALLBACK_LOCALE = 'en';

const canonicalTags = new Map<string, string | undefined>();

/** The canonical form of a BCP 47 tag, or undefined when Intl rejects it (remembered: every widget asks). */
export function canonicalLocale(tag: string): string | undefined {
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined;
  try {
    const [candidate] = Intl.getCanonicalLocales(tag);
    canonical = candidate && Intl.NumberFormat.supportedLocalesOf(candidate).length > 0 ? candidate : undefined;
  } catch {
    canonical = undefined;
  }
  canonicalTags.set(tag, canonical);
  return canonical;
}

/** The `lang` of the closest ancestor that has one, crossing shadow roots. */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (typeof Element !== 'undefined' && node instanceof Element && typeof node.getAttribute === 'function') {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    // ShadowRoot does not exist when rendering on a server.
    node = typeof ShadowRoot !== 'undefined' && node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

export type LocaleChoice = { locale: string; problem?: string };

/** Resolves the locale for an element; `problem` says why an author's choice was not used. */
export function resolveLocale(attribute: string | null | undefined, element: Element): LocaleChoice {
  if (attribute != null && attribute.trim() !== '') {
    const canonical = canonicalLocale(attribute.trim());
    return canonical
      ? { locale: canonical }
      : { locale: FALLBACK_LOCALE, problem: `locale "${attribute}" is not a valid language tag; numbers are shown in English` };
  }
  const lang = nearestLang(element);
  return { locale: (lang && canonicalLocale(lang)) || FALLBACK_LOCALE };
}
