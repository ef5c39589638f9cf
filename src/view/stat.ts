/** What a stat card says: the headline figure, hedged as the source hedges it. */
import type { StatFinding } from '../data/types.js';
import { headline } from './figure.js';
import { commonView, type OwnValues, type StatView, type ViewOptions } from './model.js';

export function statView(subject: StatFinding | Extract<OwnValues, { kind: 'stat' }>, options: ViewOptions): StatView {
  const { hedge, figure } = headline(subject, options.locale);
  const summary = `${hedge ? `${hedge.toLowerCase()} ` : ''}${figure}`;
  return {
    ...commonView(subject, options),
    kind: 'stat',
    unit: subject.unit,
    hedge,
    figure,
    summary,
    sentence: `${subject.label ?? 'Figure'}: ${summary}.`,
  };
}
