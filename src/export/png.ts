/**
 * PNG for the channels that take only images (Gmail, social cards, slides): the
 * SVG export, rasterised by resvg with fonts that come from npm packages — Noto
 * Sans, regular and bold — and no system font at all, so every machine draws
 * the same pixels. Node only. resvg and the font are optional peer dependencies
 * of the package: loaded when a PNG is asked for, named in one line when missing.
 */
import { createRequire } from 'node:module';
import type { Finding } from '../data/types.js';
import { viewOf } from '../view/index.js';
import { PALETTES } from '../view/palette.js';
import type { Checked } from './index.js';
import type { RenderOptions } from './static.js';
import { altText, renderSvg } from './svg.js';

/** Pixels per CSS pixel: 2 gives sharp images on high-density screens and slides. */
export const SCALE_RANGE = { min: 1, max: 4 } as const;

/** The packages a PNG needs besides this one. */
export const PNG_PACKAGES = ['@resvg/resvg-js', '@expo-google-fonts/noto-sans'] as const;

const FONT_FILES = ['@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'];

/**
 * Scripts resvg 2.6 cannot shape: it places Devanagari's vowel signs on the wrong
 * letters (measured with Noto Sans Devanagari), so such text is refused, not drawn wrong.
 */
const UNSHAPED_SCRIPTS = [{ name: 'Devanagari', pattern: /\p{Script=Devanagari}/u }];

const loadOptional = createRequire(import.meta.url);

/** Checks a scale as typed: a whole number from 1 to 4, default 1. */
export function checkScale(raw: string | undefined): Checked<number> {
  const scale = Number(raw ?? '1');
  return Number.isInteger(scale) && scale >= SCALE_RANGE.min && scale <= SCALE_RANGE.max
    ? { ok: true, value: scale }
    : { ok: false, problem: `scale "${raw}" must be a whole number from ${SCALE_RANGE.min} to ${SCALE_RANGE.max}` };
}

/** The SVG export drawn as a PNG, `scale` pixels per CSS pixel. */
export function renderPng(svg: string, scale: number): Checked<Uint8Array> {
  const drawnText = svg.replace(/<title[^]*?<\/desc>/, '');
  const unshaped = UNSHAPED_SCRIPTS.find(({ pattern }) => pattern.test(drawnText));
  if (unshaped) return { ok: false, problem: `PNG cannot show ${unshaped.name} text correctly yet (resvg misplaces its vowel signs): use --format svg` };
  let resvg: typeof import('@resvg/resvg-js');
  let fontFiles: string[];
  try {
    resvg = loadOptional('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    fontFiles = FONT_FILES.map((file) => loadOptional.resolve(file));
  } catch {
    return { ok: false, problem: `PNG needs ${PNG_PACKAGES.join(' and ')}: npm install ${PNG_PACKAGES.join(' ')}` };
  }
  const image = new resvg.Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    // Only the shipped fonts: the SVG's system-ui and named families are absent, so its generic sans-serif decides.
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
  });
  return { ok: true, value: image.render().asPng() };
}

/** A finding as a PNG, with the alt text to paste beside it wherever it is uploaded. */
export function renderFindingPng(finding: Finding, options: RenderOptions, scale: number): Checked<{ png: Uint8Array; alt: string }> {
  const view = viewOf(finding, { locale: options.locale });
  const png = renderPng(renderSvg(view, options.width, `mcw-${finding.id}`, PALETTES[options.theme]), scale);
  return png.ok ? { ok: true, value: { png: png.value, alt: altText(view) } } : png;
}
