/**
 * Plain-HTML text for a finding: what sits inside an element's tag so readers
 * without JavaScript (stripped scripts, email, feed readers) still get the
 * figure, each value with its label, the statement and its source. Escaped
 * here, inserted nowhere: the caller decides where the string goes.
 */
import { escapeHtml } from '../view/escape.js';
import type { WidgetView } from '../view/model.js';
import { sourceText } from '../view/source.js';
import { calloutText } from '../view/wording.js';

/**
 * `<p><strong>90%</strong> Employers …. Nine in ten employers … <small>Source: …</small></p>`;
 * a chart leads with its label and its values in words.
 */
export function fallbackHtml(view: WidgetView): string {
  const lead =
    view.kind === 'stat'
      ? `<strong>${escapeHtml(`${view.hedge && !view.hedgeAfter ? `${view.hedge} ` : ''}${view.figure}${view.hedge && view.hedgeAfter ? ` ${view.hedge}` : ''}${view.exact ? ` (${view.exact})` : ''}`)}</strong>${view.label ? ` ${escapeHtml(view.label)}.` : ''}`
      : `<strong>${escapeHtml(view.title)}:</strong> ${escapeHtml(view.summary)}.`;
  // No disclosure here: a doubtful figure carries its reason in the text.
  const doubt = view.doubt ? ` <em>${escapeHtml(view.doubt)}.</em> ${escapeHtml(view.note?.paragraphs.join(' ') ?? '')}` : '';
  const callout =
    view.kind !== 'comparison' ? '' : view.callout ? ` ${escapeHtml(calloutText(view.callout))}.` : view.notComparable ? ` ${escapeHtml(view.notComparable)}` : '';
  const statement = view.statement ? ` ${escapeHtml(view.statement)}` : '';
  const source = view.source ? ` <small>${escapeHtml(view.source.prefix ? sourceText(view.source) : `${view.sourceLabel} ${sourceText(view.source)}`)}.</small>` : '';
  return `<p lang="${view.lang}">${lead}${doubt}${callout}${statement}${source}</p>`;
}
