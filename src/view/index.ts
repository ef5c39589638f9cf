/**
 * The view model's front door: `viewOf` gives what a widget says about any
 * finding or author's own values, with the sentences the exports say it in.
 * Pure: no Lit, no DOM; runs in Node and the browser.
 */
import type { Finding } from '../data/types.js';
import { comparisonView } from './comparison.js';
import { headline } from './figure.js';
import { hedged } from './format.js';
import { localise, type DrawnView, type OwnValues, type Sentences, type ViewOptions, type WidgetView } from './model.js';
import { statView } from './stat.js';
import { trendView } from './trend.js';
import { trendSummary, valuesInWords } from './wording.js';
import * as en from '../i18n/en.generated.js';

export type * from './model.js';

/** Everything a widget says about a bundled finding or an author's own values, in one locale. */
export function viewOf(subject: Finding | OwnValues, options: ViewOptions): WidgetView {
  const view = drawnViewOf(subject, options);
  return { ...view, ...sentencesOf(subject, view, options) };
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
function sentencesOf(subject: Finding | OwnValues, view: DrawnView, options: ViewOptions): Sentences {
  const { subject: localised, words } = localise(subject, options);
  let summary: string;
  if (view.kind === 'stat' && localised.kind === 'stat') {
    const { figure, exact, qualifier } = headline(localised, words);
    summary = `${hedged(figure, qualifier, words)}${exact ? ` (${exact})` : ''}`;
  } else if (view.kind === 'comparison') {
    summary = valuesInWords(view.bars);
  } else if (view.kind === 'trend') {
    summary = trendSummary(view.points, localised.unit, words);
  } else {
    summary = '';
  }
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
