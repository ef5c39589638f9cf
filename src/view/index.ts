/**
 * The view model's front door: `viewOf` gives what a widget says about any
 * finding or author's own values. Pure: no Lit, no DOM; runs in Node and the browser.
 */
import type { Finding } from '../data/types.js';
import { comparisonView } from './comparison.js';
import type { OwnValues, ViewOptions, WidgetView } from './model.js';
import { statView } from './stat.js';
import { trendView } from './trend.js';

export type * from './model.js';

/** Everything a widget says about a bundled finding or an author's own values, in one locale. */
export function viewOf(subject: Finding | OwnValues, options: ViewOptions): WidgetView {
  switch (subject.kind) {
    case 'stat':
      return statView(subject, options);
    case 'comparison':
      return comparisonView(subject, options);
    case 'trend':
      return trendView(subject, options);
  }
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
