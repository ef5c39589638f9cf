/** How two figures differ, in words a reader expects: "+52 points", "2.4×", "+150%". */
import type { Unit } from '../data/types.js';
import { formatValue, numberFormat } from './format.js';

/** The gap between two values: percentage points for shares, the unit's own difference otherwise. */
export function formatDifference(from: number, to: number, unit: Unit, locale: string): string {
  const difference = to - from;
  if (unit === 'percent' || unit === 'percent-increase') {
    const points = numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(difference);
    return `${points} ${Math.abs(difference) === 1 ? 'point' : 'points'}`;
  }
  if (unit === 'count') {
    if (from === 0) return numberFormat(locale, { signDisplay: 'exceptZero' }).format(difference);
    return formatValue((difference / from) * 100, 'percent-increase', locale);
  }
  const sign = difference > 0 ? '+' : difference < 0 ? '-' : '';
  return `${sign}${formatValue(Math.abs(difference), unit, locale)}`;
}

/** The ratio between two values ("2.4×"), when it says something: both positive and at least 10% apart. */
export function formatRatio(from: number, to: number, locale: string): string | undefined {
  if (!(from > 0) || !(to > 0)) return undefined;
  const ratio = to / from;
  if (ratio < 1.1 && ratio > 1 / 1.1) return undefined;
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(ratio)}×`;
}
