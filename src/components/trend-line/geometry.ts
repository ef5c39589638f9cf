/** Where a trend's points sit in a chart of a given size. Pure functions, tested on their own. */
import type { Unit } from '../../data/types.js';

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
  const first = times[0];
  const last = times[times.length - 1];
  const increasing = times.every((time, i) => time !== undefined && (i === 0 || time > (times[i - 1] ?? time)));
  if (increasing && first !== undefined && last !== undefined && last > first) {
    return times.map((time) => ((time ?? first) - first) / (last - first));
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
    x: area.left + (positions[i] ?? 0) * innerWidth,
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
    const point = points[index];
    if (!point || kept.includes(index)) continue;
    const clear = kept.every((other) => {
      const placed = points[other];
      return !placed || Math.abs(placed.x - point.x) > 44 || Math.abs(placed.y - point.y) > 18;
    });
    if (clear) kept.push(index);
  }
  return new Set(kept);
}

/** Height of every trend chart, in pixels. */
export const CHART_HEIGHT = 180;
/** Beyond this many points, dots would merge into the line: only the line and the labelled points get one. */
const MAX_DOTS = 60;

export interface ChartLayout {
  area: PlotArea;
  topLabel: string;
  zeroLabel: string;
  /** y of the zero line. */
  baseline: number;
  /** x where the plot starts and ends, inside the scale's gutter and margin. */
  start: number;
  end: number;
  plotted: PlotPoint[];
  /** The polyline's `points` attribute. */
  line: string;
  /** Points that get a printed value. */
  labelled: Set<number>;
  /** Points that get a time label under the chart: the first and the last. */
  axisLabelled: Set<number>;
  /** Whether a point gets a dot, and how big dots are. */
  dotted: (index: number) => boolean;
  dotRadius: number;
  /** Text anchor that keeps a label near an edge inside the chart. */
  anchor: (x: number) => 'start' | 'middle' | 'end';
}

/**
 * Everything a trend chart of this width needs, in the chart's own
 * coordinates: shared by the element and the SVG export, so both draw the same.
 * `formatTop` writes the scale's labels ("100%", "1,000").
 */
export function chartLayout(points: Array<{ label: string; value: number }>, width: number, top: number, formatTop: (value: number) => string): ChartLayout {
  const values = points.map((point) => point.value);
  const topLabel = formatTop(top);
  const zeroLabel = formatTop(0);
  // The scale's labels sit in a gutter on the start side, so no point label can cover them.
  const gutter = 12 + 7.5 * Math.max(topLabel.length, zeroLabel.length);
  const area: PlotArea = { width, height: CHART_HEIGHT, top: 30, right: 10, bottom: 28, left: gutter };
  const plotted = plot(values, horizontalPositions(points.map((point) => point.label)), top, area);
  const labelled = labelledIndexes(plotted);
  const end = area.width - area.right;
  return {
    area,
    topLabel,
    zeroLabel,
    baseline: area.height - area.bottom,
    start: area.left,
    end,
    plotted,
    line: plotted.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' '),
    labelled,
    axisLabelled: new Set([0, points.length - 1]),
    dotted: (index) => labelled.has(index) || points.length <= MAX_DOTS,
    dotRadius: points.length > 20 ? 3 : 5,
    anchor: (x) => (x < area.left + 24 ? 'start' : x > end - 24 ? 'end' : 'middle'),
  };
}
