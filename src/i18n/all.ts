/**
 * Every language, registered at once: for the exports and tools that run in
 * Node or render any language on demand (the gallery). The elements load one
 * language at a time instead (src/element/languages.ts).
 */
import { registerLanguage } from '../view/language.js';
import { pack as de } from './de.generated.js';
import { pack as es } from './es.generated.js';
import { pack as fr } from './fr.generated.js';
import { pack as hi } from './hi.generated.js';
import { pack as tr } from './tr.generated.js';

for (const [language, pack] of [['es', es], ['fr', fr], ['de', de], ['tr', tr], ['hi', hi]] as const) registerLanguage(language, pack);
