/** What a trend says: its points in time, the scale they are drawn on, the change from first to last. */
import type { TrendFinding } from '../data/types.js';
import { formatValue } from './format.js';
import { scaleTop } from './geometry.js';
import { commonView, isFinding, localise, shownValue, type OwnValues, type TrendView, type ViewOptions } from './model.js';
import { longTrendName, SPOKEN_POINTS, trendCallout, valuesInWords } from './wording.js';
import * as en from '../i18n/en.generated.js';

export function trendView(raw: TrendFinding | Extract<OwnValues, { kind: 'trend' }>, options: ViewOptions): TrendView {
  const { subject, words } = localise(raw, options);
  const { unit } = subject;
  const { locale } = words;
  const series = isFinding(subject) ? subject.points.map((point) => ({ ...point, label: point.date })) : subject.points;
  const points = series.map((point) => shownValue(point, unit, words));
  const top = scaleTop(points.map((point) => point.value), unit);
  const long = points.length > SPOKEN_POINTS;
  return {
    ...commonView(subject, words, en.trend),
    kind: 'trend',
    points,
    top,
    topLabel: formatValue(top, unit, locale),
    zeroLabel: formatValue(0, unit, locale),
    callout: trendCallout(points, unit, words),
    chartName: long ? longTrendName(points, words) : valuesInWords(points),
    table: long ? { headers: [words.say(en.when), words.say(en.value)], rows: points.map((point) => [point.label, point.shown]) } : undefined,
  };
}
