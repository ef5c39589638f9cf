/**
 * Imported first by the entries that register all three elements (cdn.ts, index.ts).
 *
 * Plain tags the page laid out before the script came are inline boxes in one
 * line of their parent. Each that becomes a block there splits the line's
 * anonymous boxes around it, moving every box after it: 1,000 tags cost the
 * style pass about 150 ms in Chromium. Taken out of layout first, in one style
 * pass, they come back as blocks one after another. Both passes run in this
 * task, before any frame: the reader never sees them hidden.
 */
const TAGS = 'stat-card,comparison-bar,trend-line';

const first = globalThis.document?.querySelector(TAGS);
if (first && 'adoptedStyleSheets' in document && getComputedStyle(first).display === 'inline') {
  const hidden = new CSSStyleSheet();
  hidden.replaceSync(`${TAGS}{display:none}`);
  // A copy: adoptedStyleSheets is a live array.
  const sheets = [...document.adoptedStyleSheets];
  document.adoptedStyleSheets = [...sheets, hidden];
  void getComputedStyle(first).display;
  document.adoptedStyleSheets = sheets;
}
