/**
 * The one place author input is checked: attribute strings, property values
 * and JSON. Every parser returns a result instead of throwing, with a problem
 * worded for the person who wrote the markup.
 */
import { UNITS } from '../data/vocabulary.js';
import { unitRangeProblem } from '../data/units.js';
import type { Unit } from '../data/types.js';
import { THEMES, type Theme } from '../view/widgets.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface SeriesEntry {
  label: string;
  value: number;
}

/** More points than a trend can show legibly; beyond this the input is refused. */
export const MAX_SERIES_LENGTH = 10_000;

/** True for text a reader would not see: empty, spaces, or only zero-width characters. */
export function isBlank(text: string): boolean {
  return /^[\s\u200B-\u200D\u2060\uFEFF]*$/u.test(text);
}

/** Attribute-like text from any property value: strings as they are, numbers as written, nothing for null. */
export function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** Attribute-like text a reader would see, as written; undefined when absent or blank. */
export function visibleText(value: unknown): string | undefined {
  const text = asText(value);
  return text === undefined || isBlank(text) ? undefined : text;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

/** Shortens what an author wrote for quoting in a message. */
export function quote(raw: unknown): string {
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : (JSON.stringify(raw) ?? String(raw));
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

/** One of a closed list of names, e.g. a theme or a unit; none given means the first. */
function parseChoice<T extends string>(raw: unknown, name: string, choices: readonly [T, ...T[]]): Parsed<T> {
  const text = asText(raw)?.trim();
  const choice = text ? choices.find((candidate) => candidate === text) : choices[0];
  return choice ? ok(choice) : fail(`${name} ${quote(raw)} is not one of ${choices.join(', ')}`);
}

/** A theme name; none given means the light theme. */
export const parseTheme = (raw: unknown): Parsed<Theme> => parseChoice(raw, 'theme', THEMES);

/** A unit name; none given means percent. */
export const parseUnit = (raw: unknown): Parsed<Unit> => parseChoice(raw, 'unit', UNITS);

/** A number from an attribute ("42", "2.4") or a property; "" and "NaN" are not numbers. */
export function parseNumber(raw: unknown, name: string, unit: Unit): Parsed<number> {
  if (typeof raw === 'number' && !Number.isFinite(raw)) return fail(`${name} must be a finite number`);
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (Number.isNaN(value)) return fail(`${name} ${quote(raw)} is not a number`);
  const problem = unitRangeProblem(value, unit);
  return problem ? fail(`${name}: ${problem}`) : ok(value);
}

/** Text for a label: strings as they are (whole: long ones wrap), numbers (a year) as written; blanks are refused. */
function parseLabel(raw: unknown): string | undefined {
  if (typeof raw === 'string' && !isBlank(raw)) return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return undefined;
}

/**
 * A series of labelled values from the `data` attribute (JSON text) or property
 * (an array): `[{"label": "With", "value": 88}, …]`.
 */
export function parseSeries(raw: unknown, unit: Unit, minimum: number, maximum = MAX_SERIES_LENGTH): Parsed<SeriesEntry[]> {
  let input: unknown = raw;
  if (typeof raw === 'string') {
    if (raw.trim() === '') return fail('data is empty: give a JSON array such as [{"label":"2023","value":55}]');
    try {
      input = JSON.parse(raw);
    } catch (error) {
      return fail(`data is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
    }
  }
  if (!Array.isArray(input)) return fail(`data must be a JSON array of {"label", "value"} objects, not ${quote(raw)}`);
  if (input.length < minimum) return fail(`data needs at least ${minimum} entries (got ${input.length})`);
  if (input.length > maximum) return fail(`data has ${input.length} entries; at most ${maximum} can be shown here`);
  const entries: SeriesEntry[] = [];
  for (const [index, item] of input.entries()) {
    const position = `data entry ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail(`${position} must be an object with "label" and "value"`);
    const label = parseLabel(Object.hasOwn(item, 'label') ? Reflect.get(item, 'label') : undefined);
    if (label === undefined) return fail(`${position} needs a "label" text`);
    const rawValue: unknown = Object.hasOwn(item, 'value') ? Reflect.get(item, 'value') : undefined;
    if (typeof rawValue !== 'number') return fail(`${position} needs a numeric "value" (got ${quote(rawValue ?? 'nothing')})`);
    const problem = unitRangeProblem(rawValue, unit);
    if (problem) return fail(`${position}: ${problem}`);
    entries.push({ label, value: rawValue });
  }
  return ok(entries);
}
