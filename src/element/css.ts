/**
 * The `css` tag of the elements' stylesheets. Lit's own checks every
 * interpolated value, to keep page data out of a stylesheet; ours interpolate
 * only the project's constants, so that check would be dead weight in every
 * bundle. The build's CSS minifier still minifies what this tag marks.
 */
import { unsafeCSS, type CSSResult } from 'lit';

export const css = (strings: TemplateStringsArray, ...constants: number[]): CSSResult => unsafeCSS(String.raw(strings, ...constants));
