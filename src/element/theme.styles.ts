/**
 * The themes' colours as the private default tokens the elements' styles read,
 * written from the one palette.
 */
import { unsafeCSS } from 'lit';
import { PALETTES, type Palette } from '../view/palette.js';

/** Each palette colour and the name of the private token that carries it. */
const TOKENS: Array<[keyof Palette, string]> = [
  ['text', 'text'],
  ['muted', 'muted'],
  ['surface', 'surface'],
  ['border', 'border'],
  ['accent', 'accent'],
  ['track', 'track'],
  ['error', 'error'],
  ['errorSurface', 'error-surface'],
];

/** A theme's colours as the private default tokens the styles read. Built from our own constants only. */
const tokensOf = (palette: Palette) => TOKENS.map(([key, name]) => `--_${name}-default:${palette[key]};`).join('');
const light = tokensOf(PALETTES.light);
const dark = `${tokensOf(PALETTES.dark)}color-scheme:dark;`;

/**
 * The themes' default tokens: light, dark on theme="dark" and on theme="auto"
 * in a dark OS, light again on paper. Whole rules written from the palette.
 */
export const themeTokens = unsafeCSS(
  `:host{${light}}:host([theme='dark']){${dark}}@media (prefers-color-scheme:dark){:host([theme='auto']){${dark}}}` +
    `@media print{:host,:host([theme]){${light}color-scheme:light}}`,
);

