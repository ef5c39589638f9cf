/**
 * The view model's front door: `viewOf` gives what a widget says about any
 * finding or author's own values, with the sentences the exports say it in.
 * Pure: no Lit, no DOM; runs in Node and the browser.
 */
import type { Finding, Unit } from '../data/types.js';
import { comparisonView } from './comparison.js';
import { hedged } from './format.js';
import { Words } from './language.js';
import type { DrawnView, OwnValues, Sentences, ViewOptions, WidgetView } from './model.js';
import { statView } from './stat.js';
import { trendView } from './trend.js';
import { trendSummary, valuesInWords } from './wording.js';
import * as en from '../i18n/en.generated.js';

export type * from './model.js';

/** Everything a widget says about a bundled finding or an author's own values, in one locale. */
export function viewOf(subject: Finding | OwnValues, options: ViewOptions): WidgetView {
  const view = drawnViewOf(subject, options);
  return { ...view, ...sentencesOf(view, subject.unit, new Words(options.locale)) };
}

function drawnViewOf(subject: Finding | OwnValues, options: ViewOptions): DrawnView {
  switch (subject.kind) {
    case 'stat':
      return statView(subject, options);
    case 'comparison':
      return comparisonView(subject, options);
    case 'trend':
      return trendView(subject, options);
  }
}

/** The summary ("nearly 9 in 10 (90%)", the values, the change) and "Label: summary.", marked when the figure is doubtful. */
function sentencesOf(view: DrawnView, unit: Unit, words: Words): Sentences {
  const summary =
    view.kind === 'stat'
      ? `${hedged(view.figure, view.qualifier, words)}${view.exact ? ` (${view.exact})` : ''}`
      : view.kind === 'comparison'
        ? valuesInWords(view.bars)
        : trendSummary(view.points, unit, words);
  const sentence = summary ? words.say(view.doubt ? en.sentenceDoubtful : en.sentence, { title: view.title, summary }) : view.title;
  return { summary, sentence };
}

/** A view's figures on one line, for the findings table: "90%", "No micro-credentials 36% · With … 77%", "55% (2023) → 94% (2025)". */
export function figuresInOneLine(view: WidgetView): string {
  switch (view.kind) {
    case 'stat':
      return view.summary;
    case 'comparison':
      return view.bars.map((bar) => `${bar.label} ${bar.shown}`).join(' · ');
    case 'trend':
      return view.points.map((point) => `${point.shown} (${point.label})`).join(' → ');
  }
}
