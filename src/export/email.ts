/**
 * Email-safe HTML: tables and inline styles only — no script, no custom
 * element, no external resource, no CSS variable — in pixel widths, with bars
 * as table cells. What email clients (and newsletter tools) can show.
 */
import { escapeHtml as text } from '../data/fallback.js';
import { scaleTop } from '../components/trend-line/geometry.js';
import { mix, type Palette } from '../shared/palette.js';
import { barScaleTop, type SeriesValue } from '../shared/series.js';
import type { Callout } from '../shared/wording.js';
import type { ExportModel, ExportOptions } from './model.js';

const FONT = 'Arial, Helvetica, sans-serif';
const PADDING = 16;

const p = (style: string, content: string) => `<p style="${style}">${content}</p>`;

/** One labelled bar: label and value on a row, then the bar as two table cells. */
function bar(entry: SeriesValue, shown: string, share: number, color: string, width: number, palette: Palette): string {
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  const cell = (cellWidth: number, background: string) =>
    `<td width="${cellWidth}" height="12" bgcolor="${background}" style="width:${cellWidth}px;height:12px;background-color:${background};font-size:1px;line-height:1px;">&nbsp;</td>`;
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
    ? p(`margin:12px 0 0;font-size:15px;color:${palette.text};`, `<strong style="font-size:18px;color:${palette.accent};">${text(value.strong)}</strong> ${text(value.rest)}`)
    : '';

function figure(model: ExportModel, inner: number): string {
  const { palette } = model;
  const muted = mix(palette.accent, palette.surface, 0.55);
  switch (model.kind) {
    case 'stat':
      return (
        (model.hedge ? p(`margin:0;font-size:14px;font-weight:bold;color:${palette.accent};`, text(model.hedge)) : '') +
        p(`margin:0;font-size:44px;line-height:1.1;font-weight:bold;color:${palette.accent};`, text(model.figure)) +
        p(`margin:8px 0 0;font-size:17px;line-height:1.3;font-weight:bold;color:${palette.text};`, text(model.label))
      );
    case 'comparison': {
      const top = barScaleTop(model.values, model.unit);
      return (
        p(`margin:0;font-size:17px;line-height:1.3;font-weight:bold;color:${palette.text};`, text(model.label)) +
        p(`margin:4px 0 0;font-size:13px;color:${palette.muted};`, text(model.sentence)) +
        model.values.map((entry, i) => bar(entry, model.shown[i] ?? '', entry.value / top, i === model.highlighted ? palette.accent : muted, inner, palette)).join('') +
        callout(model.callout, palette)
      );
    }
    case 'trend': {
      const top = scaleTop(model.points.map((point) => point.value), model.unit);
      const last = model.points.length - 1;
      return (
        p(`margin:0;font-size:17px;line-height:1.3;font-weight:bold;color:${palette.text};`, text(model.label)) +
        p(`margin:4px 0 0;font-size:13px;color:${palette.muted};`, text(model.sentence)) +
        model.points.map((point, i) => bar(point, model.shown[i] ?? '', point.value / top, i === last ? palette.accent : muted, inner, palette)).join('') +
        callout(model.callout, palette)
      );
    }
  }
}

export function renderEmail(model: ExportModel, options: ExportOptions): string {
  const { palette } = model;
  const inner = options.width - 2 * PADDING - 2;
  const body =
    figure(model, inner) +
    p(`margin:12px 0 0;font-size:16px;line-height:1.45;color:${palette.text};`, text(model.statement)) +
    (model.note ? p(`margin:10px 0 0;font-size:13px;line-height:1.4;color:${palette.muted};`, `<strong>Note:</strong> ${text(model.note)}`) : '') +
    p(`margin:12px 0 0;padding-top:8px;border-top:1px solid ${palette.border};font-size:12px;line-height:1.4;color:${palette.muted};`, text(model.source));
  return (
    `<table role="presentation" width="${options.width}" cellpadding="0" cellspacing="0" border="0" bgcolor="${palette.surface}" ` +
    `style="width:${options.width}px;max-width:100%;border-collapse:separate;border:1px solid ${palette.border};border-radius:8px;background-color:${palette.surface};">` +
    `<tr><td style="padding:${PADDING}px;font-family:${FONT};font-size:16px;line-height:1.45;color:${palette.text};">${body}</td></tr></table>\n`
  );
}
