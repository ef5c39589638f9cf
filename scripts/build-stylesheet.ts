/**
 * Writes dist/cdn/microcredential-widgets.css, the elements' stylesheet for the
 * zero-shift embed (see build/stylesheet.ts), beside the CDN script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { elementsStylesheet } from '../build/stylesheet.js';

export const STYLESHEET_FILE = 'dist/cdn/microcredential-widgets.css';

mkdirSync('dist/cdn', { recursive: true });
writeFileSync(STYLESHEET_FILE, elementsStylesheet());
