/**
 * The one place author input is checked: attribute strings, property values
 * and JSON. Every parser returns a result instead of throwing, with a problem
 * worded for the person who wrote the markup.
 */
import { UNITS } from '../data/vocabulary.js';
import type { Unit } from '../data/types.js';
import type { CatalogueMessage, Params, Words } from '../view/language.js';
import { THEMES, type Theme } from '../view/widgets.js';
import * as en from '../i18n/en.generated.js';

/** What is wrong, said in the reader's words when shown. */
export type Problem = (words: Words) => string;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** A problem that is one message of the error box. */
export const problem =
  (message: CatalogueMessage, params?: Params): Problem =>
  (words) =>
    words.say(message, params);

/** True for text a reader would not see: empty, spaces, or only zero-width characters. */
export function isBlank(text: string): boolean {
  return /^[\s\u200B-\u200D\u2060\uFEFF]*$/u.test(text);
}

/** Attribute-like text from any property value: strings as they are, numbers as written, nothing for null. */
export function asText(value: unknown): string | undefined {
  return value == null ? undefined : String(value);
}

/** Attribute-like text a reader would see, as written; undefined when absent or blank. */
export function visibleText(value: unknown): string | undefined {
  const text = asText(value);
  return text && !isBlank(text) ? text : undefined;
}

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(message: CatalogueMessage, params?: Params): Parsed<T> => ({ ok: false, problem: problem(message, params) });

/** Shortens what an author wrote for quoting in a message. */
export function quote(raw: unknown): string {
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : (JSON.stringify(raw) ?? String(raw));
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

/** One of a closed list of names (the first when none is given), or the problem naming the list. */
function parseChoice<T extends string>(raw: unknown, choices: readonly T[], wrong: CatalogueMessage): Parsed<T> {
  const text = asText(raw)?.trim();
  const choice = text ? choices.find((candidate) => candidate === text) : choices[0];
  return choice ? ok(choice) : fail(wrong, { raw: quote(raw), list: choices.join(', ') });
}

/** A theme name; none given means the light theme. */
export const parseTheme = (raw: unknown): Parsed<Theme> => parseChoice(raw, THEMES, en.badTheme);

/** A unit name; none given means percent. */
export const parseUnit = (raw: unknown): Parsed<Unit> => parseChoice(raw, UNITS, en.badUnit);
