/** What a stat card says: the headline figure, hedged as the source hedges it. */
import type { StatFinding } from '../data/types.js';
import { headline } from './figure.js';
import { hedged } from './format.js';
import { commonView, localise, sentenceOf, type OwnValues, type StatView, type ViewOptions } from './model.js';
import * as en from '../i18n/en.generated.js';

export function statView(raw: StatFinding | Extract<OwnValues, { kind: 'stat' }>, options: ViewOptions): StatView {
  const { subject, words } = localise(raw, options);
  const { hedge, hedgeAfter, figure, exact, qualifier } = headline(subject, words);
  const summary = `${hedged(figure, qualifier, words)}${exact ? ` (${exact})` : ''}`;
  const common = commonView(subject, words, en.figure);
  return {
    ...common,
    kind: 'stat',
    hedge,
    hedgeAfter,
    figure,
    exact,
    summary,
    sentence: sentenceOf(common.title, summary, common.doubt, words),
  };
}
