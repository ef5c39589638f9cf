/**
 * Which locale an element speaks (words and numbers): its `locale` attribute, else the
 * nearest `lang` (crossing shadow roots), else English.
 */
import { canonicalLocale, FALLBACK_LOCALE } from '../view/locale.js';

/** The `lang` of the closest ancestor that has one, crossing shadow roots (nodeType 11; no ShadowRoot class on a server). */
export function nearestLang(element: Element): string | undefined {
  for (let node: Node | null | undefined = element; node; node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode) {
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

export type LocaleChoice = { locale: string; invalid?: string };

/** Resolves the locale for an element; `invalid` holds an author's choice that is not a language tag. */
export function resolveLocale(attribute: string | null | undefined, element: Element): LocaleChoice {
  const tag = attribute?.trim();
  if (tag) {
    const canonical = canonicalLocale(tag);
    return canonical ? { locale: canonical } : { locale: FALLBACK_LOCALE, invalid: attribute ?? tag };
  }
  const lang = nearestLang(element);
  return { locale: (lang && canonicalLocale(lang)) || FALLBACK_LOCALE };
}
