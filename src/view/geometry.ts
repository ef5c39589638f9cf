/** Where a trend's points sit in a chart of a given size. Pure functions, tested on their own. */
import type { Unit } from '../data/types.js';

export interface PlotPoint {
  x: number;
  y: number;
}

export interface PlotArea {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Milliseconds since 1970 for "2023", "2023-05" or "2023-05-01"; undefined for any other label. */
export function dateValue(label: string): number | undefined {
  const match = ISO_DATE.exec(label.trim());
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1));
}

/**
 * Horizontal positions from 0 to 1: proportional to time when every label is a
 * date in increasing order (2023 → 2025 leaves room for 2024), evenly spaced otherwise.
 */
export function horizontalPositions(labels: string[]): number[] {
  const times = labels.map(dateValue);
  // Every label a date, each later than the one before: `times` holds numbers only.
  if (times.every((time, i) => time !== undefined && (i === 0 || time > times[i - 1]!))) {
    const first = times[0]!;
    const span = times[times.length - 1]! - first;
    if (span > 0) return times.map((time) => (time! - first) / span);
  }
  return labels.map((_, i) => (labels.length === 1 ? 0.5 : i / (labels.length - 1)));
}

/** A round upper bound for the vertical scale: 100 for shares, else the next 1, 2, 2.5 or 5 × 10ⁿ above the maximum. */
export function scaleTop(values: number[], unit: Unit): number {
  const largest = Math.max(0, ...values);
  if (unit === 'percent') return 100;
  if (largest === 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= largest) ?? 10;
  return step * magnitude;
}

export function plot(values: number[], positions: number[], top: number, area: PlotArea): PlotPoint[] {
  const innerWidth = Math.max(1, area.width - area.left - area.right);
  const innerHeight = Math.max(1, area.height - area.top - area.bottom);
  return values.map((value, i) => ({
    x: area.left + positions[i]! * innerWidth,
    y: area.top + (1 - Math.min(1, Math.max(0, value / top))) * innerHeight,
  }));
}

/**
 * Which points get a printed value: every point of a short series, else the
 * last, the first, the highest and the lowest — dropping any that would touch
 * a label already placed (labels are about 44 × 18 px).
 */
export function labelledIndexes(points: PlotPoint[], limit = 8): Set<number> {
  const values = points.map((point) => point.y);
  const candidates =
    points.length <= limit
      ? [...points.keys()]
      : [points.length - 1, 0, values.indexOf(Math.min(...values)), values.indexOf(Math.max(...values))];
  const kept: number[] = [];
  for (const index of candidates) {
    const point = points[index]!;
    const clear = kept.every((other) => index !== other && (Math.abs(points[other]!.x - point.x) > 44 || Math.abs(points[other]!.y - point.y) > 18));
    if (clear) kept.push(index);
  }
  return new Set(kept);
}

/** Height of every trend chart, in pixels. */
export const CHART_HEIGHT = 180;
/** Beyond this many points, dots would merge into the line: only the line and the labelled points get one. */
const MAX_DOTS = 60;

/** The value a full bar stands for: the whole 0–100 scale for shares, else the largest value. */
export function barScaleTop(values: readonly number[], unit: Unit): number {
  const largest = Math.max(...values);
  return unit === 'percent' ? 100 : largest > 0 ? largest : 1;
}

type Anchor = 'start' | 'middle' | 'end';

/** A text of the chart, placed: "94%" over a point, "2025" under the axis. */
export interface ChartText {
  x: string;
  y: string;
  anchor: Anchor;
  content: string;
}

/**
 * A trend chart, by what it draws rather than how it looks (each renderer styles
 * it its own way: CSS classes and parts in the element, inline attributes in the
 * SVG export), in drawing order: the grid from `start` to `end` (the zero line at
 * `baseline`, the top of the scale dashed at `top`) with the scale's labels at its
 * start, the line, its dots, then each labelled point's value and the first and
 * last time labels.
 */
export interface TrendChart {
  width: number;
  height: number;
  start: number;
  end: number;
  baseline: number;
  top: number;
  topLabel: string;
  zeroLabel: string;
  /** The polyline's points. */
  line: string;
  dots: Array<{ cx: string; cy: string }>;
  dotRadius: number;
  labels: Array<ChartText & { role: 'value' | 'axis-label' }>;
}

/** What a trend chart needs to know of its values: each point's time label, value and shown text, and the scale. */
export interface TrendChartInput {
  points: ReadonlyArray<{ label: string; value: number; shown: string }>;
  top: number;
  topLabel: string;
  zeroLabel: string;
}

/** A trend chart of this width, in its own coordinates. The element and the SVG export both draw exactly this. */
export function trendChart(input: TrendChartInput, width: number): TrendChart {
  const { points, topLabel, zeroLabel } = input;
  // The scale's labels sit in a gutter on the start side, so no point label can cover them.
  const gutter = 12 + 7.5 * Math.max(topLabel.length, zeroLabel.length);
  const area: PlotArea = { width, height: CHART_HEIGHT, top: 30, right: 10, bottom: 28, left: gutter };
  const plotted = plot(
    points.map((point) => point.value),
    horizontalPositions(points.map((point) => point.label)),
    input.top,
    area,
  );
  const labelled = labelledIndexes(plotted);
  const start = area.left;
  const end = area.width - area.right;
  const anchor = (x: number): Anchor => (x < start + 24 ? 'start' : x > end - 24 ? 'end' : 'middle');
  const last = points.length - 1;
  const labels: TrendChart['labels'] = [];
  plotted.forEach((point, i) => {
    const entry = points[i]!;
    const x = point.x.toFixed(1);
    if (labelled.has(i)) labels.push({ role: 'value', x, y: (point.y - 12).toFixed(1), anchor: anchor(point.x), content: entry.shown });
    if (i === 0 || i === last) labels.push({ role: 'axis-label', x, y: String(area.height - 8), anchor: anchor(point.x), content: entry.label });
  });
  return {
    width,
    height: CHART_HEIGHT,
    start,
    end,
    baseline: area.height - area.bottom,
    top: area.top,
    topLabel,
    zeroLabel,
    line: plotted.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' '),
    dots: plotted.filter((_, i) => labelled.has(i) || points.length <= MAX_DOTS).map((point) => ({ cx: point.x.toFixed(1), cy: point.y.toFixed(1) })),
    dotRadius: points.length > 20 ? 3 : 5,
    labels,
  };
}
