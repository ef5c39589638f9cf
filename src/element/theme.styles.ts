/**
 * The themes' colours as the private tokens the elements' styles read, written
 * from the one palette. A module of its own: the build's CSS minifier skips any
 * file that uses unsafeCSS, and the shared stylesheet must be minified.
 */
import { unsafeCSS } from 'lit';
import { PALETTES, type Palette } from '../view/palette.js';

/**
 * The public token that overrides each palette colour (`--mcw-text-color`);
 * the private token the styles read is its name without "-color" (`--_text`).
 */
const PUBLIC_TOKENS: Record<keyof Palette, string> = {
  text: 'text-color',
  muted: 'muted-color',
  surface: 'surface',
  border: 'border-color',
  accent: 'accent',
  track: 'track-color',
  error: 'error-color',
  errorSurface: 'error-surface',
};

/**
 * A theme's private tokens: the page's public token where it sets one (on any
 * ancestor: public tokens are never declared here), else the theme's colour.
 * Built from our own constants only.
 */
const tokensOf = (palette: Palette) =>
  Object.entries(PUBLIC_TOKENS)
    .map(([key, name]) => `--_${name.replace('-color', '')}:var(--mcw-${name},${palette[key as keyof Palette]});`)
    .join('');
const light = tokensOf(PALETTES.light);
const dark = `${tokensOf(PALETTES.dark)}color-scheme:dark;`;

/**
 * The themes' tokens: light, dark on theme="dark" and on theme="auto" in a
 * dark OS, light again on paper. Whole rules written from the palette, so the
 * stylesheet beside them has no interpolation the build's CSS minifier would
 * have to leave unminified.
 */
export const themeTokens = unsafeCSS(
  `:host{${light}}:host([theme='dark']){${dark}}@media (prefers-color-scheme:dark){:host([theme='auto']){${dark}}}` +
    `@media print{:host,:host([theme]){${light}color-scheme:light}}`,
);
