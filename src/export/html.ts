/**
 * Server-rendered HTML: the element with its shadow root written out as
 * declarative shadow DOM (Lit SSR), readable with JavaScript off and taken
 * over by the element, without a layout shift, when the script loads. Plain
 * fallback text follows for browsers without declarative shadow DOM.
 *
 * Lit SSR is an optional peer dependency of the package: apps that only want
 * the elements do not install it. It is loaded on first use, so the other
 * formats and the command line work without it.
 */
import { createRequire } from 'node:module';
import { html, type TemplateResult } from 'lit';
import '../components/stat-card/define.js';
import '../components/comparison-bar/define.js';
import '../components/trend-line/define.js';
import type { Finding } from '../data/types.js';
import { TAG_FOR_KIND } from '../view/widgets.js';
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

/** The element, server-rendered, in ASCII; throws HTML_NEEDS_LIT_SSR when Lit SSR is not installed (check with canRenderHtml). */
export function renderHtml(finding: Finding, options: RenderOptions): string {
  const ssr = loadLitSsr();
  if (!ssr) throw new Error(HTML_NEEDS_LIT_SSR);
  const rendered = ssr.collectResultSync(ssr.render(template(finding, options))).replace(LEGACY_SHADOW_ROOT, '<template shadowrootmode="$1"');
  // The fallback goes in the light DOM, after the declarative shadow root: shown only where that root is not supported.
  const closing = rendered.lastIndexOf(`</${TAG_FOR_KIND[finding.kind]}>`);
  const element = `${rendered.slice(0, closing)}${renderStatic(finding, 'fallback', options)}${rendered.slice(closing)}`;
  return asciiMarkup(`<div style="max-width:${options.width}px">${element}</div>\n`);
}
