/**
 * The themes' colours as the private tokens the elements' styles read, as CSS
 * text. Run at build time (scripts/build-data.ts writes the result to
 * theme.generated.ts), so the elements carry the rules, not the palette and
 * the code that writes them.
 */
import type { Palette } from '../view/palette.js';

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
 * ancestor: public tokens are never declared on the element), else the theme's colour.
 */
const tokensOf = (palette: Palette) =>
  (Object.keys(PUBLIC_TOKENS) as Array<keyof Palette>)
    .map((key) => `--_${PUBLIC_TOKENS[key].replace('-color', '')}:var(--mcw-${PUBLIC_TOKENS[key]},${palette[key]});`)
    .join('');

/**
 * The themes' tokens: light, dark on theme="dark" and on theme="auto" in a dark
 * OS, on screen only, so paper always gets the light ones.
 */
export function themeTokensCss(palettes: { light: Palette; dark: Palette }): string {
  const dark = `${tokensOf(palettes.dark)}color-scheme:dark`;
  return (
    `:host{${tokensOf(palettes.light)}}@media screen{:host([theme='dark']){${dark}}}` +
    `@media screen and (prefers-color-scheme:dark){:host([theme='auto']){${dark}}}@media print{:host{color-scheme:light}}`
  );
}
