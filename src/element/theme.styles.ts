/**
 * The themes' colours as the private tokens the elements' styles read: rules
 * written from the one palette at build time (theme-tokens.ts). A module of
 * its own: the build's CSS minifier skips any file that uses unsafeCSS, and
 * the shared stylesheet must be minified.
 */
import { unsafeCSS } from 'lit';
import { themeTokensCss } from './theme.generated.js';

export const themeTokens = unsafeCSS(themeTokensCss);
