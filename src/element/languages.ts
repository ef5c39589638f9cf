/**
 * The words of the other languages, loaded when a widget first needs them:
 * each is a module of its own (in the CDN build a file beside the script,
 * resolved from the script's own URL), so readers download only their language.
 */
import type { LanguagePack } from '../i18n/pack.js';
import { hasLanguage, registerEnglishErrors, registerLanguage } from '../view/language.js';
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
      (error: unknown) => console.warn(`microcredential-widgets: i18n/${language}.js could not be loaded, English instead (${String(error)})`),
    );
    loading.set(language, pending);
  }
  return pending;
}

/** What only a widget with its own values or a problem to show needs (authoring.ts). */
export type Authoring = typeof import('./authoring.js');

/** The authoring module once here; null when it could not be loaded. */
let authoring: Authoring | null | undefined;
let loadingAuthoring: Promise<void> | undefined;

/** The authoring module: undefined while not loaded, null when it could not be. */
export const authoringTools = (): Authoring | null | undefined => authoring;

/** Makes the authoring module available, its English error words to every widget; at once where it is imported anyway (the exports). */
export function provideAuthoring(module: Authoring): void {
  authoring = module;
  registerEnglishErrors(module.englishErrors);
}

/**
 * Loads the authoring module, once (in the CDN build a file beside the script); settles when it is here, or
 * could not be loaded (then the console says why, and widgets that need it say they cannot be shown).
 */
export const loadAuthoring = (): Promise<void> =>
  (loadingAuthoring ??= import('./authoring.js').then(provideAuthoring, (error: unknown) => {
    authoring = null;
    console.warn(`microcredential-widgets: authoring.js could not be loaded (${String(error)})`);
  }));
