/**
 * Email-safe HTML: tables and inline styles only — no script, no custom
 * element, no external resource, no CSS variable — in pixel widths, with bars
 * as table cells. What email clients (and newsletter tools) can show.
 */
import { escapeHtml as text } from '../view/escape.js';
import type { WidgetView } from '../view/model.js';
import { barColor, type Palette } from '../view/palette.js';
import { sourceText } from '../view/source.js';
import type { Callout } from '../view/wording.js';

const FONT = 'Arial, Helvetica, sans-serif';
const PADDING = 16;

const p = (style: string, content: string) => `<p style="${style}">${content}</p>`;

/** The bar's thickness in pixels. */
const BAR = 12;

/** One labelled bar: label and value on a row, then the bar as two table cells. */
function bar(entry: { label: string; shown: string; share: number }, color: string, width: number, palette: Palette): string {
  const { shown, share } = entry;
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  // The height comes from the attribute and from the line of the spacer inside, never from CSS
  // `height` (Yahoo Mail reads it as min-height, Outlook for Windows only on some elements). Outlook
  // reads line-height as a minimum, which a 1px font never exceeds: no `mso-line-height-rule`, which is not CSS.
  const cell = (cellWidth: number, background: string) =>
    `<td width="${cellWidth}" height="${BAR}" bgcolor="${background}" style="width:${cellWidth}px;background-color:${background};font-size:1px;line-height:${BAR}px;">&nbsp;</td>`;
  const cells = [filled > 0 ? cell(filled, color) : '', width - filled > 0 ? cell(width - filled, palette.track) : ''].join('');
  return (
    `<table role="presentation" width="${width}" cellpadding="0" cellspacing="0" border="0" style="width:${width}px;margin-top:10px;border-collapse:collapse;">` +
    `<tr><td style="font-family:${FONT};font-size:15px;line-height:1.3;color:${palette.text};padding:0 8px 4px 0;">${text(entry.label)}</td>` +
    `<td align="right" style="font-family:${FONT};font-size:15px;line-height:1.3;font-weight:bold;color:${palette.text};padding:0 0 4px;white-space:nowrap;">${text(shown)}</td></tr>` +
    `<tr><td colspan="2" style="padding:0;"><table role="presentation" width="${width}" cellpadding="0" cellspacing="0" border="0" style="width:${width}px;border-collapse:collapse;"><tr>${cells}</tr></table></td></tr>` +
    `</table>`
  );
}

const callout = (value: Callout | undefined, palette: Palette) =>
  value
    ? p(`margin:12px 0 0;font-size:15px;color:${palette.text};`, `${value.before ? `${text(value.before)} ` : ''}<strong style="font-size:18px;color:${palette.accent};">${text(value.strong)}</strong> ${text(value.rest)}`)
    : '';

function figure(view: WidgetView, inner: number, palette: Palette): string {
  const title = p(`margin:0;font-size:17px;line-height:1.3;font-weight:bold;color:${palette.text};`, text(view.label ?? ''));
  const sentence = p(`margin:4px 0 0;font-size:13px;color:${palette.muted};`, text(view.sentence));
  switch (view.kind) {
    case 'stat':
      return (
        (view.hedge && !view.hedgeAfter ? p(`margin:0;font-size:14px;font-weight:bold;color:${palette.accent};`, text(view.hedge)) : '') +
        p(`margin:0;font-size:44px;line-height:1.1;font-weight:bold;color:${palette.accent};`, text(view.figure)) +
        (view.hedge && view.hedgeAfter ? p(`margin:0;font-size:14px;font-weight:bold;color:${palette.accent};`, text(view.hedge)) : '') +
        (view.exact ? p(`margin:2px 0 0;font-size:20px;font-weight:bold;color:${palette.accent};`, text(view.exact)) : '') +
        p(`margin:8px 0 0;font-size:17px;line-height:1.3;font-weight:bold;color:${palette.text};`, text(view.label ?? ''))
      );
    case 'comparison':
      return (
        title +
        sentence +
        view.bars.map((entry) => bar(entry, entry.highlighted ? palette.accent : barColor(palette), inner, palette)).join('') +
        callout(view.callout, palette) +
        (view.notComparable ? p(`margin:12px 0 0;font-size:15px;color:${palette.text};`, text(view.notComparable)) : '')
      );
    case 'trend': {
      // Email has no SVG: a trend becomes one bar per point, on the chart's own scale, the latest highlighted.
      const last = view.points.length - 1;
      return (
        title +
        sentence +
        view.points
          .map((point, i) => bar({ ...point, share: Math.max(0, Math.min(1, point.value / view.top)) }, i === last ? palette.accent : barColor(palette), inner, palette))
          .join('') +
        callout(view.callout, palette)
      );
    }
  }
}

/** A finding as email-safe HTML, `width` pixels wide, in a theme's colours. */
export function renderEmail(view: WidgetView, width: number, palette: Palette): string {
  const inner = width - 2 * PADDING - 2;
  const body =
    figure(view, inner, palette) +
    (view.doubt ? p(`margin:8px 0 0;font-size:14px;font-weight:bold;color:${palette.error};`, text(view.doubt)) : '') +
    (view.statement ? p(`margin:12px 0 0;font-size:16px;line-height:1.45;color:${palette.text};`, text(view.statement)) : '') +
    (view.note ? p(`margin:10px 0 0;font-size:13px;line-height:1.4;color:${palette.muted};`, `<strong>${text(view.note.title)}:</strong> ${text(view.note.paragraphs.join(' '))}`) : '') +
    (view.source
      ? p(`margin:12px 0 0;padding-top:8px;border-top:1px solid ${palette.border};font-size:12px;line-height:1.4;color:${palette.muted};`, text(sourceText(view.source)))
      : '');
  return (
    `<table role="presentation" lang="${view.lang}" width="${width}" cellpadding="0" cellspacing="0" border="0" bgcolor="${palette.surface}" ` +
    `style="width:${width}px;max-width:100%;border-collapse:separate;border:1px solid ${palette.border};border-radius:8px;background-color:${palette.surface};">` +
    `<tr><td style="padding:${PADDING}px;font-family:${FONT};font-size:16px;line-height:1.45;color:${palette.text};">${body}</td></tr></table>\n`
  );
}
