/**
 * The elements' stylesheet file, `dist/cdn/microcredential-widgets.css`, for
 * the zero-shift embed: server-rendered shadow roots link it instead of
 * carrying their styles inline, so a strict `style-src 'self'` allows them.
 *
 * Made at build time from the elements' own styles (the ones each shadow root
 * adopts when the script runs), never written by hand. One file serves the three
 * elements, so each one's rules are scoped to its host: `.card` becomes
 * `:host(stat-card) .card`, `:host([theme='dark'])` becomes
 * `:host(stat-card[theme='dark'])`. Every rule of an element gains the same
 * specificity, so the cascade inside its shadow root is unchanged, and no rule
 * matches anything in the page itself (`:host` matches only in a shadow tree):
 * the page may link the file in its head, where it loads before the first paint.
 *
 * The one exception: a plain tag (`<stat-card finding="…"></stat-card>`, empty)
 * waiting for its script keeps room for the card it will be (see RESERVED_HEIGHT).
 */
import { transform } from 'lightningcss';
import { DRAWN_ROOT_STYLE, elementStylesheet } from '../src/export/html.js';
import { WIDGET_TAGS, type WidgetTag } from '../src/view/widgets.js';

/** Rules whose blocks hold rules; any other at-rule (say @font-face) is refused, as it could not be scoped. */
const GROUPING = /^@(media|container|supports)\b/;

/** Splits at `separator` where it is outside brackets, parentheses and strings. */
function splitTopLevel(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quote) {
      if (character === '\\') i++;
      else if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '(' || character === '[') depth++;
    else if (character === ')' || character === ']') depth--;
    else if (character === separator && depth === 0) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Where the block opened at `open` (a `{`) closes, past nested blocks and strings. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const character = css[i];
    if (quote) {
      if (character === '\\') i++;
      else if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '{') depth++;
    else if (character === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced braces in an element stylesheet');
}

/** One selector of an element's shadow tree, scoped to that element's host. */
export function scopeSelector(selector: string, tag: WidgetTag): string {
  const trimmed = selector.trim();
  if (/^:host-context|::slotted/.test(trimmed)) throw new Error(`cannot scope "${trimmed}" to <${tag}>`);
  if (trimmed.startsWith(':host(')) return `:host(${tag}${trimmed.slice(':host('.length)}`;
  if (/^:host(?![\w-])/.test(trimmed)) return `:host(${tag})${trimmed.slice(':host'.length)}`;
  return `:host(${tag}) ${trimmed}`;
}

/** Minified CSS with every style rule's selectors scoped to `tag`'s host. */
export function scopeStylesheet(css: string, tag: WidgetTag): string {
  let scoped = '';
  let position = 0;
  while (position < css.length) {
    const open = css.indexOf('{', position);
    if (open < 0) break;
    const close = blockEnd(css, open);
    const prelude = css.slice(position, open).trim();
    const block = css.slice(open + 1, close);
    if (prelude.startsWith('@')) {
      if (!GROUPING.test(prelude)) throw new Error(`cannot scope the at-rule "${prelude}" to <${tag}>`);
      scoped += `${prelude}{${scopeStylesheet(block, tag)}}`;
    } else {
      scoped += `${splitTopLevel(prelude, ',').map((selector) => scopeSelector(selector, tag)).join(',')}{${block}}`;
    }
    position = close + 1;
  }
  return scoped;
}

/** Minified, as the build minifies the styles inside the elements. */
const minify = (css: string): string => transform({ filename: 'element.css', code: Buffer.from(css), minify: true }).code.toString();

/**
 * How tall each element's card is, in px, by the element's width (`%`, in a padding: 1% of it): the
 * upper envelope of straight lines fitted to the median rendered height of the 66 findings
 * of each kind at widths 264–900 px, measured in Chromium (system-ui 16px; stat-card from
 * 377 px tall at 264 px wide to 175 px from 784 px; comparison-bar 617 to 321; trend-line
 * 599 to 429 from 624 px). Each finding's card is within a third of it, the median one
 * within 15% (tests/package/plain-tag-room.test.ts), but for the one in doubt, whose note
 * shows open: taller.
 */
export const RESERVED_HEIGHT: Record<WidgetTag, string> = {
  'stat-card': 'max(175px,445px - 34.4%,621px - 92.5%)',
  'comparison-bar': 'max(321px,621px - 38.25%,931px - 119%)',
  'trend-line': 'max(429px,724px - 47.2%)',
};

/**
 * Room for a plain tag until its script defines it: an empty, undefined element is a
 * block as the element will be, with its margins, as tall as its card is likely to be
 * (a pseudo-element's padding, whose percentages are of the element's width: an element
 * cannot size itself by its own width in CSS, and a size container would cost every tag
 * a layout pass of its own). Defined, the element draws its card in that same frame and
 * the room goes. Tags with fallback text are not empty: untouched. A drawn shadow root's
 * host is empty while the root streams in (its fallback comes after it): the root's own
 * DRAWN_ROOT_STYLE takes the room away.
 */
export function reservedRoom(): string {
  const waiting = ':not(:defined):empty';
  return (
    `:is(${WIDGET_TAGS.join(',')})${waiting}:not([hidden]){display:block;margin-block:var(--mcw-margin-block,1rem)}` +
    WIDGET_TAGS.map((tag) => `${tag}${waiting}::before{content:"";display:block;padding-block-start:${RESERVED_HEIGHT[tag]}}`).join('')
  );
}

/** The stylesheet file: each element's styles (and a drawn root's DRAWN_ROOT_STYLE), minified and scoped to its host, then the plain tags' room. */
export function elementsStylesheet(): string {
  return `${WIDGET_TAGS.map((tag) => scopeStylesheet(minify(elementStylesheet(tag) + DRAWN_ROOT_STYLE), tag)).join('\n')}\n${reservedRoom()}\n`;
}
