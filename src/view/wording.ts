/** The words a chart says about its values: the summary read to assistive technology, and the call-out. */
import type { Unit } from '../data/types.js';
import { formatDifference, formatRatio, numberFormat } from './format.js';
import type { Callout, Words } from './language.js';
import * as en from '../i18n/en.generated.js';

export type { Callout };

/** A labelled value. */
interface SeriesValue {
  label: string;
  value: number;
}

/** A ranked list (three or more values, largest first) is read top-down; anything else as before → after. */
export function isRanked(values: readonly SeriesValue[]): boolean {
  return values.length >= 3 && values.every((entry, i) => i === 0 || entry.value <= (values[i - 1]?.value ?? entry.value));
}

/** Which bar the call-out is about: the leader of a ranked list, else the last group. */
export function highlightedIndex(values: readonly SeriesValue[]): number {
  return isRanked(values) ? 0 : values.length - 1;
}

/** Values with their labels, each once: "No micro-credentials 36%, With micro-credentials 77%". */
export function valuesInWords(values: ReadonlyArray<SeriesValue & { shown: string }>): string {
  return values.map((entry) => `${entry.label} ${entry.shown}`).join(', ');
}

/** Beyond this many points a trend is not read point by point: its name summarises it and a table holds every point. */
export const SPOKEN_POINTS = 12;

/** A long trend in a few words: "300 points from 2001 to 2025: first 40%, last 94%, lowest 38% (2003), highest 97% (2024)". */
export function longTrendName(points: ReadonlyArray<SeriesValue & { shown: string }>, words: Words): string {
  const [first] = points;
  const last = points[points.length - 1];
  if (!first || !last) return '';
  let low = first;
  let high = first;
  for (const point of points) {
    if (point.value < low.value) low = point;
    if (point.value > high.value) high = point;
  }
  const count = points.length;
  return words.say(en.longTrend, {
    count,
    n: numberFormat(words.locale).format(count),
    fromLabel: first.label,
    toLabel: last.label,
    from: first.shown,
    to: last.shown,
    low: low.shown,
    lowLabel: low.label,
    high: high.shown,
    highLabel: high.label,
  });
}

/** "+52 points (2.4×)" for the last group against the first, or who leads a ranked list. */
export function comparisonCallout(values: readonly SeriesValue[], unit: Unit, words: Words): Callout | undefined {
  const first = values[0];
  const second = values[1];
  const last = values[values.length - 1];
  if (!first || !second || !last) return undefined;
  if (isRanked(values)) {
    const difference = formatDifference(second.value, first.value, unit, words);
    return words.emphasise(en.leads, { leader: first.label, difference, second: second.label }, 'leader');
  }
  const ratio = formatRatio(first.value, last.value, words.locale);
  const difference = formatDifference(first.value, last.value, unit, words);
  return words.emphasise(ratio ? en.gapRatio : en.gap, { difference, ratio: ratio ?? '', last: last.label, first: first.label }, 'difference');
}

/** A trend's call-out: "+39 points since 2023"; none without points. */
export function trendCallout(points: readonly SeriesValue[], unit: Unit, words: Words): Callout | undefined {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return undefined;
  return words.emphasise(en.since, { difference: formatDifference(first.value, last.value, unit, words), from: first.label }, 'difference');
}

/** A trend's change in words: "up from 55% in 2023 to 94% in 2025 (+39 points)"; empty without points. */
export function trendSummary(points: ReadonlyArray<SeriesValue & { shown: string }>, unit: Unit, words: Words): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const change = words.say(last.value > first.value ? en.up : last.value < first.value ? en.down : en.unchanged, {
    from: first.shown,
    fromLabel: first.label,
    to: last.shown,
    toLabel: last.label,
    difference: formatDifference(first.value, last.value, unit, words),
  });
  const count = points.length;
  return count > 2 ? words.say(en.overPoints, { summary: change, count, n: numberFormat(words.locale).format(count) }) : change;
}

/** A call-out as one plain line: "+39 points since 2023". */
export const calloutText = (callout: Callout): string => [callout.before, callout.strong, callout.rest].filter(Boolean).join(' ');
