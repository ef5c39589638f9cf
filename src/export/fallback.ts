/**
 * Plain-HTML text for a finding: what sits inside an element's tag so readers
 * without JavaScript (stripped scripts, email, feed readers) still get the
 * figure, each value with its label, the statement and its source. Escaped
 * here, inserted nowhere: the caller decides where the string goes.
 */
import { escapeHtml } from '../view/escape.js';
import type { WidgetView } from '../view/model.js';
import { sourceText } from '../view/source.js';

/**
 * `<p><strong>90%</strong> Employers …. Nine in ten employers … <small>Source: …</small></p>`;
 * a chart leads with its label and its values in words.
 */
export function fallbackHtml(view: WidgetView): string {
  const lead =
    view.kind === 'stat'
      ? `<strong>${escapeHtml(`${view.hedge ? `${view.hedge} ` : ''}${view.figure}`)}</strong>${view.label ? ` ${escapeHtml(view.label)}.` : ''}`
      : `<strong>${escapeHtml(view.label ?? view.table.caption)}:</strong> ${escapeHtml(view.summary)}.`;
  const callout = view.kind === 'comparison' && view.callout ? ` ${escapeHtml(`${view.callout.strong} ${view.callout.rest}`)}.` : '';
  const statement = view.statement ? ` ${escapeHtml(view.statement)}` : '';
  const source = view.source ? ` <small>${escapeHtml(view.source.prefix ? sourceText(view.source) : `Source: ${sourceText(view.source)}`)}.</small>` : '';
  return `<p>${lead}${callout}${statement}${source}</p>`;
}
