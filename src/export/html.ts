/**
 * Server-rendered HTML: the element with its shadow root written out as
 * declarative shadow DOM (Lit SSR), readable with JavaScript off and taken
 * over by the element, without a layout shift, when the script loads. Plain
 * fallback text follows for browsers without declarative shadow DOM.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import '../components/stat-card/define.js';
import '../components/comparison-bar/define.js';
import '../components/trend-line/define.js';
import type { Finding } from '../data/types.js';
import { TAG_FOR_KIND } from '../view/widgets.js';
import { renderStatic, type RenderOptions } from './static.js';

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

export function renderHtml(finding: Finding, options: RenderOptions): string {
  const rendered = collectResultSync(render(template(finding, options)));
  // The fallback goes in the light DOM, after the declarative shadow root: shown only where that root is not supported.
  const closing = rendered.lastIndexOf(`</${TAG_FOR_KIND[finding.kind]}>`);
  const element = `${rendered.slice(0, closing)}${renderStatic(finding, 'fallback', options)}${rendered.slice(closing)}`;
  return `<div style="max-width:${options.width}px">${element}</div>\n`;
}
