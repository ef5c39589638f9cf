/**
 * The gallery's server-rendered embed code, made at build time: the same
 * prerender as the WordPress plugin's (every finding in every language through
 * the `html` export), plus what surrounds each element, with its values as
 * slots. Every assembled export is checked against the renderer itself, so the
 * gallery can only hand out what `render … --format html` writes.
 */
import { listFindings } from '../src/data/index.js';
import { renderFinding } from '../src/export/index.js';
import { LANGUAGES, type Language } from '../src/view/locale.js';
import { STATIC_THEMES, TAG_FOR_KIND, WIDGET_TAGS, type WidgetTag } from '../src/view/widgets.js';
import { assembleHtmlExport, HOST_SLOTS, type HostValues, type ServerRenderedPack } from '../site/server-rendered.js';
import { prerender } from './wordpress-prerender.js';

function rendered(tag: WidgetTag, values: HostValues): string {
  const output = renderFinding(tag, values.finding, 'html', { theme: values.theme, locale: values.locale, width: String(values.width) });
  if (!output.ok) throw new Error(`${values.finding}: ${output.problem}`);
  return output.value;
}

/** Replaces the one occurrence of `value` in `markup`; throws if it is not there exactly once. */
function replaceOnce(markup: string, value: string, replacement: string): string {
  const parts = markup.split(value);
  if (parts.length !== 2) throw new Error(`the html export's host markup holds ${JSON.stringify(value)} ${parts.length - 1} times, expected once: ${markup}`);
  return parts.join(replacement);
}

/** Each element's markup around its shadow root and fallback, cut from one real export with its values turned into slots. */
function hostOf(tag: WidgetTag): { before: string; after: string } {
  const finding = listFindings().find((candidate) => TAG_FOR_KIND[candidate.kind] === tag);
  if (!finding) throw new Error(`no finding is shown by <${tag}>`);
  // Values that cannot be mistaken for anything else in the markup.
  const values: HostValues = { finding: finding.id, theme: 'dark', locale: 'hi', width: 617 };
  const html = rendered(tag, values);
  const start = html.indexOf('<template');
  const end = html.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < start) throw new Error(`the html export of <${tag}> no longer reads …<template …>…</${tag}>…`);
  let before = html.slice(0, start);
  for (const name of HOST_SLOTS) {
    before = name === 'width' ? replaceOnce(before, `max-width:${values.width}px`, 'max-width:{width}px') : replaceOnce(before, `${name}="${values[name]}"`, `${name}="{${name}}"`);
  }
  return { before, after: html.slice(end) };
}

/**
 * One pack per language. Checks every finding in every language and static theme at the
 * default width, and one finding per element at the narrowest and widest, against the renderer.
 */
export function sitePrerender(): Record<Language, ServerRenderedPack> {
  const { template, styles, languages } = prerender();
  const hosts = Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, hostOf(tag)])) as ServerRenderedPack['hosts'];
  const packs = {} as Record<Language, ServerRenderedPack>;
  const checked = new Set<WidgetTag>();
  for (const language of LANGUAGES) {
    const findings: ServerRenderedPack['findings'] = {};
    for (const finding of listFindings()) {
      const tag = TAG_FOR_KIND[finding.kind];
      findings[finding.id] = { tag, ...languages[language][finding.id]! };
    }
    const pack: ServerRenderedPack = { template, styles, hosts, findings };
    for (const finding of listFindings()) {
      const tag = TAG_FOR_KIND[finding.kind];
      const widths = checked.has(tag) ? [600] : [280, 600, 1200];
      checked.add(tag);
      for (const theme of STATIC_THEMES) {
        for (const width of widths) {
          const values = { finding: finding.id, theme, locale: language, width };
          if (assembleHtmlExport(pack, values) !== rendered(tag, values)) {
            throw new Error(`${finding.id} (${language}, ${theme}, ${width}px): the assembled html export differs from the renderer's`);
          }
        }
      }
    }
    packs[language] = pack;
  }
  return packs;
}
