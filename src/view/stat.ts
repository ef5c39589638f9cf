/** What a stat card says: the headline figure, hedged as the source hedges it. */
import type { StatFinding } from '../data/types.js';
import { headline } from './figure.js';
import { commonView, sentenceOf, type OwnValues, type StatView, type ViewOptions } from './model.js';

export function statView(subject: StatFinding | Extract<OwnValues, { kind: 'stat' }>, options: ViewOptions): StatView {
  const { hedge, figure, exact } = headline(subject, options.locale);
  const summary = `${hedge ? `${hedge.toLowerCase()} ` : ''}${figure}${exact ? ` (${exact})` : ''}`;
  const common = commonView(subject, options);
  return {
    ...common,
    kind: 'stat',
    unit: subject.unit,
    hedge,
    figure,
    exact,
    summary,
    sentence: sentenceOf(subject.label ?? 'Figure', summary, common.doubt),
  };
}
