/**
 * The parsers of an author's own values (a number, a JSON series): loaded with
 * the authoring module (authoring.ts), only by widgets given their own values.
 * Like every parser, they return a result instead of throwing.
 */
import { UNIT_CHECKS } from '../data/units.js';
import type { Unit } from '../data/types.js';
import * as en from '../i18n/en.generated.js';
import type { CatalogueMessage } from '../view/language.js';
import { fail, isBlank, ok, quote, type Parsed, type Problem } from './input.js';

export interface SeriesEntry {
  label: string;
  value: number;
}

/** More points than a trend can show legibly; beyond this the input is refused. */
export const MAX_SERIES_LENGTH = 10_000;

const RANGE_RULES: Record<Unit, CatalogueMessage> = {
  percent: en.percentRange,
  'percent-increase': en.percentIncreaseRange,
  multiple: en.multipleRange,
  count: en.countRange,
};

/** A value outside its unit's range, worded for whoever wrote `name` (an attribute, or a data entry in the reader's words). */
function outOfRange<T>(name: string | Problem, value: number, unit: Unit): Parsed<T> | undefined {
  if (UNIT_CHECKS[unit](value)) return undefined;
  return {
    ok: false,
    problem: (words) => words.say(en.outOfRange, { name: typeof name === 'string' ? name : name(words), rule: words.say(RANGE_RULES[unit]), raw: value }),
  };
}

/** A number from an attribute ("42", "2.4") or a property; "" and "NaN" are not numbers. */
export function parseNumber(raw: unknown, name: string, unit: Unit): Parsed<number> {
  if (typeof raw === 'number' && !Number.isFinite(raw)) return fail(en.notFinite, { name });
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (Number.isNaN(value)) return fail(en.notANumber, { name, raw: quote(raw) });
  if (!Number.isFinite(value)) return fail(en.notFinite, { name });
  return outOfRange(name, value, unit) ?? ok(value);
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
    if (raw.trim() === '') return fail(en.dataEmpty, { example: '[{"label":"2023","value":55}]' });
    try {
      input = JSON.parse(raw);
    } catch (error) {
      // JSON.parse of a string throws only errors (SyntaxError, or RangeError when nested too deep).
      return fail(en.dataNotJson, { reason: (error as Error).message });
    }
  }
  if (!Array.isArray(input)) return fail(en.dataNotArray, { shape: '{"label", "value"}', raw: quote(raw) });
  const count = input.length;
  if (count < minimum) return fail(en.dataTooShort, { min: minimum, count });
  if (count > maximum) return fail(en.dataTooLong, { max: maximum, count });
  const entries: SeriesEntry[] = [];
  for (const [i, item] of input.entries()) {
    const index = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail(en.entryNotObject, { index, shape: '"label", "value"' });
    const label = parseLabel(Object.hasOwn(item, 'label') ? Reflect.get(item, 'label') : undefined);
    if (label === undefined) return fail(en.entryNoLabel, { index });
    const rawValue: unknown = Object.hasOwn(item, 'value') ? Reflect.get(item, 'value') : undefined;
    if (typeof rawValue !== 'number') return fail(en.entryNoValue, { index, raw: quote(rawValue ?? 'nothing') });
    if (!Number.isFinite(rawValue)) return { ok: false, problem: (words) => words.say(en.notFinite, { name: words.say(en.entry, { index }) }) };
    const wrong = outOfRange<SeriesEntry[]>((words) => words.say(en.entry, { index }), rawValue, unit);
    if (wrong) return wrong;
    entries.push({ label, value: rawValue });
  }
  return ok(entries);
}
