/**
 * The words of the other languages, loaded when a widget first needs them:
 * each is a module of its own (in the CDN build a file beside the script,
 * resolved from the script's own URL), so readers download only their language.
 */
import type { LanguagePack } from '../i18n/pack.js';
import { hasLanguage, registerLanguage } from '../view/language.js';
import { FALLBACK_LOCALE, languageOf, type Language } from '../view/locale.js';

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ pack: LanguagePack }>> = {
  es: () => import('../i18n/es.generated.js'),
  fr: () => import('../i18n/fr.generated.js'),
  de: () => import('../i18n/de.generated.js'),
  tr: () => import('../i18n/tr.generated.js'),
  hi: () => import('../i18n/hi.generated.js'),
};

const loading = new Map<Language, Promise<void>>();

/**
 * Settles once the words of the locale's language are here (or could not be
 * loaded: the widget then speaks English, with one warning); undefined when
 * nothing needs loading.
 */
export function languageReady(locale: string): Promise<void> | undefined {
  const language = languageOf(locale) ?? FALLBACK_LOCALE;
  if (language === 'en' || hasLanguage(language)) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      ({ pack }) => registerLanguage(language, pack),
      (error: unknown) => console.warn(`microcredential-widgets: the ${language} words could not be loaded, so widgets speak English (${String(error)})`),
    );
    loading.set(language, pending);
  }
  return pending;
}
