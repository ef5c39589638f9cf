/** What a trend says: its points in time, the scale they are drawn on, the change from first to last. */
import type { TrendFinding } from '../data/types.js';
import { formatValue } from './format.js';
import { scaleTop } from './geometry.js';
import { commonView, isFinding, sentenceOf, shownValue, type OwnValues, type TrendView, type ViewOptions } from './model.js';
import { trendCallout, trendSummary } from './wording.js';

export function trendView(subject: TrendFinding | Extract<OwnValues, { kind: 'trend' }>, options: ViewOptions): TrendView {
  const { unit } = subject;
  const { locale } = options;
  const series = isFinding(subject) ? subject.points.map((point) => ({ ...point, label: point.date })) : subject.points;
  const points = series.map((point) => shownValue(point, unit, locale));
  const top = scaleTop(points.map((point) => point.value), unit);
  const title = subject.label ?? 'Trend';
  const summary = trendSummary(points, unit, locale);
  const common = commonView(subject, options);
  return {
    ...common,
    kind: 'trend',
    unit,
    points,
    top,
    topLabel: formatValue(top, unit, locale),
    zeroLabel: formatValue(0, unit, locale),
    callout: trendCallout(points, unit, locale),
    summary,
    sentence: summary ? sentenceOf(title, summary, common.doubt) : title,
    table: { caption: title, headers: ['When', 'Value'], rows: points.map((point) => [point.label, point.shown]) },
  };
}
