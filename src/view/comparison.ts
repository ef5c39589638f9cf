/** What a comparison says: each bar's length and value, the one the call-out is about, the gap. */
import type { ComparisonFinding } from '../data/types.js';
import { barScaleTop } from './geometry.js';
import { commonView, sentenceOf, shownValue, type ComparisonView, type OwnValues, type ViewOptions } from './model.js';
import { comparisonCallout, comparisonSummary, highlightedIndex } from './wording.js';

export function comparisonView(subject: ComparisonFinding | Extract<OwnValues, { kind: 'comparison' }>, options: ViewOptions): ComparisonView {
  const { unit } = subject;
  const values = subject.values.map((entry) => shownValue(entry, unit, options.locale));
  const top = barScaleTop(values.map((entry) => entry.value), unit);
  // Values that answer different questions get no gap and no bar singled out: only the reason.
  const notComparable = 'notComparable' in subject && subject.notComparable ? `Not directly comparable. ${subject.notComparable}` : undefined;
  const highlighted = notComparable ? -1 : highlightedIndex(values);
  const title = subject.label ?? 'Comparison';
  const summary = comparisonSummary(values);
  const common = commonView(subject, options);
  return {
    ...common,
    kind: 'comparison',
    unit,
    bars: values.map((entry, i) => ({ ...entry, share: Math.max(0, Math.min(1, entry.value / top)), highlighted: i === highlighted })),
    callout: notComparable ? undefined : comparisonCallout(values, unit, options.locale),
    notComparable,
    summary,
    sentence: sentenceOf(title, summary, common.doubt),
    table: { caption: title, headers: ['Group', 'Value'], rows: values.map((entry) => [entry.label, entry.shown]) },
  };
}
