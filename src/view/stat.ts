/** What a stat card says: the headline figure, hedged as the source hedges it. */
import type { StatFinding } from '../data/types.js';
import { headline } from './figure.js';
import { commonView, localise, type OwnValues, type StatView, type ViewOptions } from './model.js';
import * as en from '../i18n/en.generated.js';

export function statView(raw: StatFinding | Extract<OwnValues, { kind: 'stat' }>, options: ViewOptions): StatView {
  const { subject, words } = localise(raw, options);
  const { hedge, hedgeAfter, figure, exact, qualifier } = headline(subject, words);
  return { ...commonView(subject, words, en.figure), kind: 'stat', hedge, hedgeAfter, figure, exact, qualifier };
}
