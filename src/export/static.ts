/**
 * The outputs that need no DOM and no server: email HTML, SVG and the
 * fallback text, each laid out from the one view model. Safe to load in a
 * browser (the gallery does), unlike the server-rendered html format.
 */
import type { Finding } from '../data/types.js';
// The exports speak every language: all of them registered here.
import '../i18n/all.js';
import { viewOf } from '../view/index.js';
import { PALETTES } from '../view/palette.js';
import type { StaticTheme } from '../view/widgets.js';
import { asciiMarkup } from './ascii.js';
import { renderEmail } from './email.js';
import { fallbackHtml } from './fallback.js';
import { renderSvg } from './svg.js';

/** Every format the renderer writes; `html` (the element, server-rendered) needs Node. */
export const FORMATS = ['html', 'email', 'svg'] as const;
export type Format = (typeof FORMATS)[number];

/** The formats laid out here, without a server. */
export type StaticFormat = Exclude<Format, 'html'> | 'fallback';

export interface RenderOptions {
  theme: StaticTheme;
  locale: string;
  /** Width of the whole card in CSS pixels (email, SVG, and the html export's wrapper). */
  width: number;
}

/** The narrowest and widest card the static outputs are laid out for. */
export const WIDTH_RANGE = { min: 280, max: 1200 } as const;

/** A finding in one of the formats that need no server. */
export function renderStatic(finding: Finding, format: StaticFormat, options: RenderOptions): string {
  const view = viewOf(finding, { locale: options.locale });
  switch (format) {
    case 'email':
      return asciiMarkup(renderEmail(view, options.width, PALETTES[options.theme]));
    case 'svg':
      return renderSvg(view, options.width, `mcw-${finding.id}`, PALETTES[options.theme]);
    case 'fallback':
      return asciiMarkup(fallbackHtml(view));
  }
}
