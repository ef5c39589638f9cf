/** What each unit allows. Shared by the dataset schema and the elements' input checks. */
import type { UNITS } from './vocabulary.js';

type Unit = (typeof UNITS)[number];

/** Whether a finite value fits each unit (the elements check with these and word the rule in the reader's language). */
export const UNIT_CHECKS: Record<Unit, (n: number) => boolean> = {
  percent: (n) => n >= 0 && n <= 100,
  'percent-increase': (n) => n >= 0,
  multiple: (n) => n > 0,
  count: (n) => Number.isInteger(n) && n >= 0,
};

/** Each unit's rule, for the dataset's authors. */
export const UNIT_RULES: Record<Unit, string> = {
  percent: 'a percent must be within 0–100',
  'percent-increase': 'a percent increase must not be negative',
  multiple: 'a multiple must be greater than 0',
  count: 'a count must be a whole number, 0 or more',
};

/** Why a value does not fit its unit, or undefined when it does (for the dataset's validator). */
export function unitRangeProblem(value: number, unit: Unit): string | undefined {
  if (!Number.isFinite(value)) return 'the value must be a finite number';
  return UNIT_CHECKS[unit](value) ? undefined : `${UNIT_RULES[unit]} (got ${value})`;
}
