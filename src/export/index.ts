/**
 * The one render dispatcher: a finding, named by its element and id, in one
 * format. The command-line renderer and the development server call it; wrong
 * input comes back as a problem worded for whoever typed it, never thrown.
 */
import { getFinding, listFindings, suggestFindingIds } from '../data/index.js';
import type { Finding } from '../data/types.js';
import { canonicalLocale } from '../view/locale.js';
import { kindForTag, STATIC_THEMES, TAG_FOR_KIND, WIDGET_TAGS } from '../view/widgets.js';
import { canRenderHtml, HTML_NEEDS_LIT_SSR, renderHtml, stylesheetLink, type HtmlOptions } from './html.js';
import { FORMATS, renderStatic, WIDTH_RANGE, type Format, type RenderOptions } from './static.js';

export { FORMATS, WIDTH_RANGE, type Format, type HtmlOptions, type RenderOptions };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Options as typed on a command line or in a query string; absent ones take their defaults. */
export interface RawRenderOptions {
  theme?: string | undefined;
  locale?: string | undefined;
  width?: string | undefined;
}

/** Checks the theme, locale and width, with the defaults light, en and 600. */
export function checkRenderOptions(raw: RawRenderOptions): Checked<RenderOptions> {
  const theme = STATIC_THEMES.find((known) => known === (raw.theme ?? 'light'));
  if (!theme) return { ok: false, problem: `unknown theme "${raw.theme}": use ${STATIC_THEMES.join(' or ')}` };
  const locale = canonicalLocale(raw.locale ?? 'en');
  if (!locale) return { ok: false, problem: `unknown locale "${raw.locale}": use a language tag such as en, de or fr-CA` };
  const widthText = raw.width ?? '600';
  const width = Number(widthText);
  if (!Number.isInteger(width) || width < WIDTH_RANGE.min || width > WIDTH_RANGE.max) {
    return { ok: false, problem: `width "${widthText}" must be a whole number of pixels from ${WIDTH_RANGE.min} to ${WIDTH_RANGE.max}` };
  }
  return { ok: true, value: { theme, locale, width } };
}

/** A format name, checked against the text formats, or against `known` (the command line adds png); html needs Lit SSR installed. */
export function checkFormat(raw: string | undefined): Checked<Format>;
export function checkFormat<F extends string>(raw: string | undefined, known: readonly F[]): Checked<F>;
export function checkFormat(raw: string | undefined, known: readonly string[] = FORMATS): Checked<string> {
  const format = known.find((name) => name === raw);
  if (!format) return { ok: false, problem: `${raw === undefined ? 'missing --format' : `unknown format "${raw}"`}: use ${known.join(', ')}` };
  if (format === 'html' && !canRenderHtml()) return { ok: false, problem: HTML_NEEDS_LIT_SSR };
  return { ok: true, value: format };
}

/** The finding an element should show, checked against the element's kind. */
export function checkFinding(tag: string, id: string | undefined): Checked<Finding> {
  const kind = kindForTag(tag);
  if (!kind) return { ok: false, problem: `unknown element "${tag}": use ${WIDGET_TAGS.join(', ')}` };
  if (!id) return { ok: false, problem: 'missing --finding <id>' };
  const finding = getFinding(id);
  if (!finding) return { ok: false, problem: `unknown finding "${id}": closest ids are ${suggestFindingIds(id, { kind }).join(', ')}` };
  if (finding.kind !== kind) return { ok: false, problem: `"${id}" is a ${finding.kind} finding: render it with ${TAG_FOR_KIND[finding.kind]}` };
  return { ok: true, value: finding };
}

/**
 * A checked finding in a checked format. Given the stylesheet's URL, html links it (from the page,
 * then from the shadow root) instead of carrying the styles inline: the form a strict `style-src 'self'`
 * allows, which never shifts the page (the gallery's default embed, without its script line).
 */
export function renderFindingAs(finding: Finding, format: Format, options: RenderOptions, { stylesheet }: HtmlOptions = {}): string {
  if (format !== 'html') return renderStatic(finding, format, options);
  return stylesheet === undefined ? renderHtml(finding, options) : `${stylesheetLink(stylesheet)}\n${renderHtml(finding, options, { stylesheet })}`;
}

/** `renderFinding('stat-card', 'employers-higher-starting-salary', 'svg', { width: '400' })`. */
export function renderFinding(tag: string, id: string | undefined, format: string | undefined, raw: RawRenderOptions = {}, html: HtmlOptions = {}): Checked<string> {
  const finding = checkFinding(tag, id);
  if (!finding.ok) return finding;
  const checkedFormat = checkFormat(format);
  if (!checkedFormat.ok) return checkedFormat;
  const options = checkRenderOptions(raw);
  if (!options.ok) return options;
  return { ok: true, value: renderFindingAs(finding.value, checkedFormat.value, options.value, html) };
}

/** Every finding in one format, with the file name each is written to. */
export function renderAll(format: Format, options: RenderOptions, html: HtmlOptions = {}): Array<{ file: string; output: string }> {
  const extension = format === 'email' ? 'email.html' : format;
  return listFindings().map((finding) => ({ file: `${finding.id}.${extension}`, output: renderFindingAs(finding, format, options, html) }));
}
