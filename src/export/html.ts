/**
 * Server-rendered HTML: the element with its shadow root written out as
 * declarative shadow DOM (Lit SSR), readable with JavaScript off and taken
 * over by the element, without a layout shift, when the script loads. Plain
 * fallback text follows for browsers without declarative shadow DOM.
 *
 * The shadow root carries the element's stylesheet inline, or, given the URL of
 * the stylesheet file the build writes beside the CDN script, links it (the
 * zero-shift embed: no inline style, so a strict `style-src 'self'` allows it).
 *
 * Lit SSR is an optional peer dependency of the package: apps that only want
 * the elements do not install it. It is loaded on first use, so the other
 * formats and the command line work without it.
 */
import { createRequire } from 'node:module';
import { html, type LitElement, type TemplateResult } from 'lit';
import '../components/stat-card/define.js';
import '../components/comparison-bar/define.js';
import '../components/trend-line/define.js';
import type { Finding } from '../data/types.js';
import { escapeHtml } from '../view/escape.js';
import { TAG_FOR_KIND, type WidgetTag } from '../view/widgets.js';
import { asciiMarkup } from './ascii.js';
import { renderStatic, type RenderOptions } from './static.js';

interface LitSsr {
  render: typeof import('@lit-labs/ssr').render;
  collectResultSync: typeof import('@lit-labs/ssr/lib/render-result.js').collectResultSync;
}

/** What to do when Lit SSR is not installed, in one line. */
export const HTML_NEEDS_LIT_SSR = 'the html format needs Lit SSR, an optional dependency: npm install @lit-labs/ssr';

let litSsr: LitSsr | null | undefined;

/** Lit SSR, loaded once (synchronously: Node 20.19+ requires ES modules); null when it is not installed. */
function loadLitSsr(): LitSsr | null {
  if (litSsr === undefined) {
    const require = createRequire(import.meta.url);
    try {
      require.resolve('@lit-labs/ssr');
    } catch {
      return (litSsr = null);
    }
    litSsr = { render: require('@lit-labs/ssr').render, collectResultSync: require('@lit-labs/ssr/lib/render-result.js').collectResultSync };
  }
  return litSsr;
}

/** Whether the html format can be rendered here: Lit SSR is installed. */
export function canRenderHtml(): boolean {
  return loadLitSsr() !== null;
}

function template(finding: Finding, options: RenderOptions): TemplateResult {
  switch (finding.kind) {
    case 'stat':
      return html`<stat-card finding=${finding.id} theme=${options.theme} locale=${options.locale}></stat-card>`;
    case 'comparison':
      return html`<comparison-bar finding=${finding.id} theme=${options.theme} locale=${options.locale}></comparison-bar>`;
    case 'trend':
      return html`<trend-line finding=${finding.id} theme=${options.theme} locale=${options.locale}></trend-line>`;
  }
}

/**
 * Lit SSR opens each shadow root with `<template shadowroot="open" shadowrootmode="open">`:
 * `shadowroot` is the pre-standard name no current engine reads. Only the SSR writes a
 * `<template` tag here (text and attribute values come out with `<` escaped), so this
 * pattern matches nothing else.
 */
const LEGACY_SHADOW_ROOT = /<template shadowroot="(open|closed)" shadowrootmode="\1"/g;

/**
 * Lit SSR's hydration markers. The element does not hydrate: it replaces the
 * server-rendered nodes on its first render (see FindingElement), so they are bytes only.
 */
const HYDRATION_MARKERS = /<!--\/?lit-(?:part|node)\b[^>]*-->/g;

/**
 * The templates' indentation: a run of white space with a line break, which
 * renders as one space. Text from the data never holds a line break (one-line
 * labels and sentences), so only the templates' own layout is collapsed.
 */
const INDENTATION = /[ \t]*\n\s*/g;

/** The shadow root's stylesheet element, as Lit SSR writes it. */
const STYLE_ELEMENT = /<style>[\s\S]*?<\/style>/;

export interface HtmlOptions {
  /**
   * URL of the elements' stylesheet file (`microcredential-widgets.css` beside the CDN script):
   * the shadow root links it instead of carrying the stylesheet inline.
   */
  stylesheet?: string | undefined;
}

/** The element, server-rendered, in ASCII; throws HTML_NEEDS_LIT_SSR when Lit SSR is not installed (check with canRenderHtml). */
export function renderHtml(finding: Finding, options: RenderOptions, { stylesheet }: HtmlOptions = {}): string {
  const element = renderElement(finding, options, stylesheet);
  return stylesheet === undefined ? asciiMarkup(`<div style="max-width:${options.width}px">${element}</div>\n`) : asciiMarkup(`${element}\n`);
}

/**
 * In every server-rendered shadow root, two rules for the frames a browser may draw
 * while the root streams in (a slow connection, or a busy main thread that yields
 * to paint mid-parse):
 * - The host draws no `::before`. It has no light child yet (the fallback text
 *   comes after the root), so it is `:empty`, and a page that links the stylesheet
 *   file would give it the room kept for a plain tag (build/stylesheet.ts) above
 *   the card; the room would go when the fallback arrives, moving the card up.
 *   Important, as a shadow root's normal rule loses to the page's.
 * - The card shows only once the live region after it is there, whole: a card
 *   half-parsed lays out otherwise (a bar's label wraps once its value comes).
 *   A browser without `:has()` drops this rule alone.
 */
export const DRAWN_ROOT_STYLE = ':host::before{content:none!important}.card:not(:has(~[role=status])){display:none}';

/** The element with its declarative shadow root and, after that root, the fallback text. */
function renderElement(finding: Finding, options: RenderOptions, stylesheet: string | undefined): string {
  const ssr = loadLitSsr();
  if (!ssr) throw new Error(HTML_NEEDS_LIT_SSR);
  let rendered = ssr
    .collectResultSync(ssr.render(template(finding, options)))
    .replace(LEGACY_SHADOW_ROOT, '<template shadowrootmode="$1"')
    .replace(HYDRATION_MARKERS, '')
    .replace(INDENTATION, ' ')
    .replace(/^<([a-z-]+) +/, '<$1 ')
    .trim();
  rendered = stylesheet === undefined ? rendered.replace('</style>', `${DRAWN_ROOT_STYLE}</style>`) : rendered.replace(STYLE_ELEMENT, stylesheetLink(stylesheet));
  // The fallback goes in the light DOM, after the declarative shadow root: shown only where that root is not supported.
  const closing = rendered.lastIndexOf(`</${TAG_FOR_KIND[finding.kind]}>`);
  return `${rendered.slice(0, closing)}${renderStatic(finding, 'fallback', options)}${rendered.slice(closing)}`;
}

/** `<link rel="stylesheet" href="…">`: the page's or a shadow root's link to the elements' stylesheet file. */
export const stylesheetLink = (url: string): string => `<link rel="stylesheet" href="${escapeHtml(url)}">`;

/**
 * An element's stylesheet as its shadow root carries it: its styles (shared
 * ones first), as Lit SSR writes them. The build scopes the three into the
 * stylesheet file (build/stylesheet.ts).
 */
export function elementStylesheet(tag: WidgetTag): string {
  const element = customElements.get(tag) as typeof LitElement | undefined;
  if (!element) throw new Error(`<${tag}> is not defined`);
  return element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
}
