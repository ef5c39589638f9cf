/** What each unit allows. Shared by the dataset schema and the elements' input checks. */
import type { UNITS } from './vocabulary.js';

type Unit = (typeof UNITS)[number];

export const UNIT_RANGES: Record<Unit, { check: (n: number) => boolean; rule: string }> = {
  percent: { check: (n) => n >= 0 && n <= 100, rule: 'a percent must be within 0–100' },
  'percent-increase': { check: (n) => n >= 0, rule: 'a percent increase must not be negative' },
  multiple: { check: (n) => n > 0, rule: 'a multiple must be greater than 0' },
  count: { check: (n) => Number.isInteger(n) && n >= 0, rule: 'a count must be a whole number, 0 or more' },
};

/** Why a value does not fit its unit, or undefined when it does. */
export function unitRangeProblem(value: number, unit: Unit): string | undefined {
  if (!Number.isFinite(value)) return 'the value must be a finite number';
  const range = UNIT_RANGES[unit];
  return range.check(value) ? undefined : `${range.rule} (got ${value})`;
}
