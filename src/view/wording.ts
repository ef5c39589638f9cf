/** The words a chart says about its values: the summary read to assistive technology, and the call-out. */
import type { Unit } from '../data/types.js';
import { formatDifference, formatRatio } from './format.js';

/** A labelled value. */
interface SeriesValue {
  label: string;
  value: number;
}

/** A call-out: the emphasised part ("+52 points") and the words after it. */
export interface Callout {
  strong: string;
  rest: string;
}

/** A ranked list (three or more values, largest first) is read top-down; anything else as before → after. */
export function isRanked(values: readonly SeriesValue[]): boolean {
  return values.length >= 3 && values.every((entry, i) => i === 0 || entry.value <= (values[i - 1]?.value ?? entry.value));
}

/** Which bar the call-out is about: the leader of a ranked list, else the last group. */
export function highlightedIndex(values: readonly SeriesValue[]): number {
  return isRanked(values) ? 0 : values.length - 1;
}

/** "No micro-credentials 36%, With micro-credentials 77%". */
export function comparisonSummary(values: ReadonlyArray<SeriesValue & { shown: string }>): string {
  return values.map((entry) => `${entry.label} ${entry.shown}`).join(', ');
}

/** "+52 points (2.4×)" for the last group against the first, or who leads a ranked list. */
export function comparisonCallout(values: readonly SeriesValue[], unit: Unit, locale: string): Callout | undefined {
  const first = values[0];
  const second = values[1];
  const last = values[values.length - 1];
  if (!first || !second || !last) return undefined;
  if (isRanked(values)) {
    return { strong: first.label, rest: `leads, ${formatDifference(second.value, first.value, unit, locale)} ahead of ${second.label}` };
  }
  const ratio = formatRatio(first.value, last.value, locale);
  return {
    strong: formatDifference(first.value, last.value, unit, locale),
    rest: `${ratio ? `(${ratio}) ` : ''}for ${last.label} compared with ${first.label}`,
  };
}

/** "up from 55% in 2023 to 94% in 2025 (+39 points)"; empty when there are no points. */
export function trendSummary(points: ReadonlyArray<SeriesValue & { shown: string }>, unit: Unit, locale: string): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const direction = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'unchanged';
  const span =
    direction === 'unchanged'
      ? `unchanged at ${last.shown} from ${first.label} to ${last.label}`
      : `${direction} from ${first.shown} in ${first.label} to ${last.shown} in ${last.label} (${formatDifference(first.value, last.value, unit, locale)})`;
  return `${span}${points.length > 2 ? `, over ${points.length} points in time` : ''}`;
}

/** "+39 points since 2023". */
export function trendCallout(points: readonly SeriesValue[], unit: Unit, locale: string): Callout | undefined {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return undefined;
  return { strong: formatDifference(first.value, last.value, unit, locale), rest: `since ${first.label}` };
}
