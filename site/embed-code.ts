/**
 * The script and iframe embed code the gallery hands out. Pure (no DOM, no Lit),
 * so tests/package/gallery-embed.test.ts pastes exactly what an editor copies.
 */

/** Where the README tells people to put their copy of dist/cdn/microcredential-widgets.js. */
export const DEFAULT_SCRIPT_URL = '/assets/microcredential-widgets.js';

/** Where a copy of dist/ (embed.html, assets/, embed-resizer.js) is served, for iframe embeds. */
export const DEFAULT_EMBED_PAGE_URL = '/microcredential-widgets/embed.html';

/** Safe inside a double-quoted attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The one script tag a page needs; `url` is where the site serves its copy of the CDN file. */
export function scriptTag(url: string): string {
  return `<script type="module" src="${attribute(url.trim() || DEFAULT_SCRIPT_URL)}"></script>`;
}

/** The elements' stylesheet file, beside the script wherever the site serves it (`/assets/microcredential-widgets.css`). */
export function stylesheetUrl(scriptUrl: string): string {
  const script = scriptUrl.trim() || DEFAULT_SCRIPT_URL;
  return `${script.replace(/[?#].*$/, '').replace(/[^/]*$/, '')}microcredential-widgets.css`;
}

/** `<link rel="stylesheet">` to the elements' stylesheet file: once in the page, and in each server-rendered shadow root. */
export const stylesheetTag = (url: string): string => `<link rel="stylesheet" href="${attribute(url)}">`;

/** ` locale="de"` for a language other than English (an English page needs none). */
const localeAttribute = (locale: string) => (locale && locale !== 'en' ? ` locale="${attribute(locale)}"` : '');

/** ` theme="dark"` for a theme other than the default, light. */
const themeAttribute = (theme: string) => (theme && theme !== 'light' ? ` theme="${attribute(theme)}"` : '');

/** The script tag and the element, with the fallback text (already HTML) inside it. */
export function scriptEmbed(tag: string, findingId: string, fallback: string, scriptUrl: string, locale = 'en', theme = 'light'): string {
  return `${scriptTag(scriptUrl)}\n<${tag} finding="${attribute(findingId)}"${localeAttribute(locale)}${themeAttribute(theme)}>\n  ${fallback}\n</${tag}>`;
}

/** The address of one widget's embed page: `embed.html?widget=…&finding=…[&locale=…][&theme=…]`. */
export function embedPageSrc(tag: string, findingId: string, embedPageUrl: string, locale = 'en', theme = 'light'): string {
  const page = embedPageUrl.trim() || DEFAULT_EMBED_PAGE_URL;
  const query =
    `widget=${encodeURIComponent(tag)}&finding=${encodeURIComponent(findingId)}` +
    `${locale && locale !== 'en' ? `&locale=${encodeURIComponent(locale)}` : ''}${theme && theme !== 'light' ? `&theme=${encodeURIComponent(theme)}` : ''}`;
  return `${page}${page.includes('?') ? '&' : '?'}${query}`;
}

/**
 * The default embed, which never shifts the page: the stylesheet and the script
 * (best moved once into the page's head), then the element with its shadow root
 * written out (`shadow`: what the element draws, as markup, linking the stylesheet
 * instead of carrying styles, so a strict `style-src 'self'` allows it) and the
 * fallback text after it, for browsers without declarative shadow DOM.
 */
export function zeroShiftEmbed(tag: string, findingId: string, shadow: string, fallback: string, scriptUrl: string, locale = 'en', theme = 'light'): string {
  const stylesheet = stylesheetTag(stylesheetUrl(scriptUrl));
  return (
    `${stylesheet}\n${scriptTag(scriptUrl)}\n` +
    `<${tag} finding="${attribute(findingId)}"${localeAttribute(locale)}${themeAttribute(theme)}><template shadowrootmode="open">${stylesheet}${shadow}</template>\n  ${fallback}\n</${tag}>`
  );
}

/** The iframe and the resizer, which is expected beside embed.html (as in dist/). */
export function iframeEmbed(tag: string, findingId: string, title: string, embedPageUrl: string, locale = 'en', theme = 'light'): string {
  const folder = (embedPageUrl.trim() || DEFAULT_EMBED_PAGE_URL).replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  return (
    `<iframe data-microcredential-widgets src="${attribute(embedPageSrc(tag, findingId, embedPageUrl, locale, theme))}" title="${attribute(title)}" loading="lazy" ` +
    `style="display:block;width:100%;border:0;height:340px"></iframe>\n` +
    `<script src="${attribute(`${folder}embed-resizer.js`)}"></script>`
  );
}
