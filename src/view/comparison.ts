/** What a comparison says: each bar's length and value, the one the call-out is about, the gap. */
import type { ComparisonFinding } from '../data/types.js';
import { barScaleTop } from './geometry.js';
import { commonView, localise, shownValue, type ComparisonView, type OwnValues, type ViewOptions } from './model.js';
import { comparisonCallout, highlightedIndex, valuesInWords } from './wording.js';
import * as en from '../i18n/en.generated.js';

export function comparisonView(raw: ComparisonFinding | Extract<OwnValues, { kind: 'comparison' }>, options: ViewOptions): ComparisonView {
  const { subject, words } = localise(raw, options);
  const { unit } = subject;
  const values = subject.values.map((entry) => shownValue(entry, unit, words));
  const top = barScaleTop(values.map((entry) => entry.value), unit);
  // Values that answer different questions get no gap and no bar singled out: only the reason.
  const why = 'notComparable' in subject && subject.notComparable;
  const notComparable = why ? words.say(en.notComparable, { why }) : undefined;
  const highlighted = notComparable ? -1 : highlightedIndex(values);
  return {
    ...commonView(subject, words, en.comparison),
    kind: 'comparison',
    bars: values.map((entry, i) => ({ ...entry, share: Math.max(0, Math.min(1, entry.value / top)), highlighted: i === highlighted })),
    callout: notComparable ? undefined : comparisonCallout(values, unit, words),
    notComparable,
    chartName: valuesInWords(values),
  };
}
