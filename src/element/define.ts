/**
 * Registers a custom element unless its tag is taken. Two copies of the library
 * on one CMS page (a theme and a plugin each bundling it) must not throw: the
 * first registration wins and the page gets one warning, not one per tag.
 */
const WARNED = Symbol.for('microcredential-widgets.define-warned');

type WarnedRegistry = typeof globalThis & { [WARNED]?: true };

export function define(tag: string, element: CustomElementConstructor): void {
  const registered = customElements.get(tag);
  if (registered === element) return;
  if (registered) {
    const global: WarnedRegistry = globalThis;
    if (!global[WARNED]) {
      global[WARNED] = true;
      console.warn(
        `microcredential-widgets: <${tag}> is already defined (by another copy of this library?); the first definition stays.`,
      );
    }
    return;
  }
  customElements.define(tag, element);
}
