/**
 * Which locale an element writes numbers in: its `locale` attribute, else the
 * nearest `lang` (crossing shadow roots), else English.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLocale, FALLBACK_LOCALE } from '../view/locale.js';

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

// One observer for every connected widget: a page of a thousand widgets watches <html lang> once.
const hostsWatchingLang = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

/**
 * The host's locale: `resolve()` (called from `willUpdate`, which also runs
 * when rendering on a server) picks it and reports an author's invalid tag
 * once through `warn`; while connected, a change of the document's `lang`
 * re-renders the host, as a page that switches language expects.
 */
export class LocaleController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly warn: (problem: string) => void,
  ) {
    host.addController(this);
  }

  /** The locale for this render, from the `locale` attribute, else the nearest `lang`, else English. */
  resolve(attribute: string | undefined): string {
    const choice = resolveLocale(attribute, this.host);
    if (choice.problem) this.warn(choice.problem);
    return choice.locale;
  }

  hostConnected(): void {
    hostsWatchingLang.add(this.host);
    if (langObserver) return;
    langObserver = new MutationObserver(() => hostsWatchingLang.forEach((host) => host.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    hostsWatchingLang.delete(this.host);
  }
}
