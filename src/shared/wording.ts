/**
 * What the widgets say about their numbers, as plain data: the sentence read
 * to assistive technology and the call-out shown under a chart. The elements,
 * the email and SVG exports all use these, so every format says the same.
 */
import type { Unit } from '../data/types.js';
import { formatDifference, formatRatio } from './difference.js';
import type { SeriesValue } from './series.js';
import { formatQualified } from './format.js';

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

/** "Students likely to enrol: No micro-credentials 36%, With micro-credentials 77%." */
export function comparisonSentence(label: string | undefined, values: readonly SeriesValue[], unit: Unit, locale: string): string {
  const parts = values.map((entry) => `${entry.label} ${formatQualified(entry, unit, locale)}`);
  return `${label ?? 'Comparison'}: ${parts.join(', ')}.`;
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

/** "Students who want …: up from 55% in 2023 to 94% in 2025 (+39 points)." */
export function trendSentence(label: string | undefined, points: readonly SeriesValue[], unit: Unit, locale: string): string {
  const first = points[0];
  const last = points[points.length - 1];
  const title = label ?? 'Trend';
  if (!first || !last) return title;
  const direction = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'unchanged';
  const change = formatDifference(first.value, last.value, unit, locale);
  const span =
    direction === 'unchanged'
      ? `unchanged at ${formatQualified(last, unit, locale)} from ${first.label} to ${last.label}`
      : `${direction} from ${formatQualified(first, unit, locale)} in ${first.label} to ${formatQualified(last, unit, locale)} in ${last.label} (${change})`;
  const between = points.length > 2 ? `, over ${points.length} points in time` : '';
  return `${title}: ${span}${between}.`;
}

/** "+39 points since 2023". */
export function trendCallout(points: readonly SeriesValue[], unit: Unit, locale: string): Callout | undefined {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return undefined;
  return { strong: formatDifference(first.value, last.value, unit, locale), rest: `since ${first.label}` };
}
