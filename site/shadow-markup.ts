/**
 * What an element draws for a finding, as the markup of a declarative shadow
 * root: for the gallery's default (zero-shift) embed code, which the gallery
 * writes in the browser, with no server. The element itself is the renderer
 * (the same one that takes the markup over on the reader's page); nothing here
 * lays anything out.
 */
import { asciiMarkup } from '../src/export/ascii.js';

/** Lit's markers (`<!---->`, `<!--?lit$…$-->`): the element does not hydrate, it redraws. */
const COMMENTS = /<!--[\s\S]*?-->/g;

/** The templates' indentation (unminified on the development server): renders as one space, as in the html export. */
const INDENTATION = /[ \t]*\n\s*/g;

/**
 * Draws `tag` for the finding in a hidden element of its own (so the gallery's
 * widgets, whose notes a visitor may have opened, are untouched), and returns
 * its shadow root's markup in ASCII.
 */
export async function drawnShadow(tag: string, findingId: string, locale: string): Promise<string> {
  await customElements.whenDefined(tag);
  const element = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  element.setAttribute('finding', findingId);
  element.setAttribute('locale', locale);
  // Hidden, a trend chart keeps its default width, as on a server.
  element.hidden = true;
  document.body.append(element);
  try {
    await element.updateComplete;
    return asciiMarkup((element.shadowRoot?.getHTML() ?? '').replace(COMMENTS, '').replace(INDENTATION, ' '));
  } finally {
    element.remove();
  }
}
