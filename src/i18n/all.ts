/**
 * Every language, registered at once: for the exports and tools that run in
 * Node or render any language on demand (the gallery). The elements load one
 * language at a time instead (src/element/languages.ts), and the authoring
 * module only when needed.
 */
import * as authoring from '../element/authoring.js';
import { provideAuthoring } from '../element/languages.js';
import { registerLanguage } from '../view/language.js';
import { pack as de } from './de.generated.js';
import { pack as es } from './es.generated.js';
import { pack as fr } from './fr.generated.js';
import { pack as hi } from './hi.generated.js';
import { pack as tr } from './tr.generated.js';

for (const [language, pack] of [['es', es], ['fr', fr], ['de', de], ['tr', tr], ['hi', hi]] as const) registerLanguage(language, pack);
// With the error box's English words and the parsers of authors' values, which the elements load on demand.
provideAuthoring(authoring);
