/**
 * A self-contained SVG image of a finding: generic font stacks, no external
 * resource, a <title> and <desc> carrying the label and the generated sentence.
 * For anywhere an image goes (slides, social cards, CMS image fields).
 */
import { escapeHtml as text } from '../data/fallback.js';
import { chartLayout, scaleTop } from '../components/trend-line/geometry.js';
import { formatValue } from '../shared/format.js';
import { mix } from '../shared/palette.js';
import { barScaleTop } from '../shared/series.js';
import type { ExportModel, ExportOptions } from './model.js';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const PADDING = 16;
/** Average glyph width as a share of the font size (a little wide, to be safe), for wrapping without a text engine. */
const GLYPH = { normal: 0.56, bold: 0.63 };

/** Greedy word wrap into lines of at most `width` pixels at `size`. */
export function wrap(content: string, width: number, size: number, bold = false): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * (bold ? GLYPH.bold : GLYPH.normal))));
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest; ) {
      const candidate = line ? `${line} ${rest}` : rest;
      if (candidate.length <= perLine) {
        line = candidate;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, perLine));
        rest = rest.slice(perLine);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays text out from the top; `cursor` is where the next line's top goes. */
class Layout {
  readonly parts: string[] = [];
  constructor(
    public cursor: number,
    private readonly width: number,
  ) {}

  paragraph(content: string, size: number, fill: string, options: { weight?: string; gap?: number } = {}): void {
    this.cursor += options.gap ?? 0;
    const lines = wrap(content, this.width, size, options.weight !== undefined);
    const lineHeight = Math.round(size * 1.4);
    const spans = lines.map((line, i) => `<tspan x="${PADDING}" dy="${i === 0 ? 0 : lineHeight}">${text(line)}</tspan>`).join('');
    this.parts.push(
      `<text x="${PADDING}" y="${this.cursor + size}" font-size="${size}" fill="${fill}"${options.weight ? ` font-weight="${options.weight}"` : ''}>${spans}</text>`,
    );
    this.cursor += size + lineHeight * (lines.length - 1) + Math.round(size * 0.4);
  }

  /** A paragraph whose opening words (a call-out's figure) stand out. */
  emphasised(strong: string, rest: string, size: number, fill: string, accent: string): void {
    this.cursor += 8;
    const lines = wrap(`${strong} ${rest}`, this.width, size);
    const lineHeight = Math.round(size * 1.4);
    const spans = lines.map((line, i) => {
      const dy = i === 0 ? 0 : lineHeight;
      if (i > 0 || !line.startsWith(strong)) return `<tspan x="${PADDING}" dy="${dy}">${text(line)}</tspan>`;
      return `<tspan x="${PADDING}" dy="0" font-weight="700" fill="${accent}">${text(strong)}</tspan><tspan>${text(line.slice(strong.length))}</tspan>`;
    });
    this.parts.push(`<text x="${PADDING}" y="${this.cursor + size}" font-size="${size}" fill="${fill}">${spans.join('')}</text>`);
    this.cursor += size + lineHeight * (lines.length - 1) + Math.round(size * 0.4);
  }

  add(markup: string, height: number): void {
    this.parts.push(markup);
    this.cursor += height;
  }
}

export function renderSvg(model: ExportModel, options: ExportOptions, id: string): string {
  const { palette } = model;
  const width = options.width;
  const inner = width - 2 * PADDING;
  const end = width - PADDING;
  const layout = new Layout(PADDING, inner);
  const muted = mix(palette.accent, palette.surface, 0.55);

  if (model.kind === 'stat') {
    if (model.hedge) layout.paragraph(model.hedge, 14, palette.accent, { weight: '700' });
    layout.paragraph(model.figure, 46, palette.accent, { weight: '800' });
    layout.paragraph(model.label, 18, palette.text, { weight: '700', gap: 2 });
  } else {
    layout.paragraph(model.label, 18, palette.text, { weight: '700' });
  }

  if (model.kind === 'comparison') {
    const top = barScaleTop(model.values, model.unit);
    model.values.forEach((entry, i) => {
      const y = layout.cursor + 8;
      const share = Math.max(0, Math.min(1, entry.value / top));
      layout.add(
        `<text x="${PADDING}" y="${y + 15}" font-size="15" fill="${palette.text}">${text(entry.label)}</text>` +
          `<text x="${end}" y="${y + 15}" font-size="15" font-weight="700" text-anchor="end" fill="${palette.text}">${text(model.shown[i] ?? '')}</text>` +
          `<rect x="${PADDING}" y="${y + 22}" width="${inner}" height="12" rx="3" fill="${palette.track}"/>` +
          `<rect x="${PADDING}" y="${y + 22}" width="${(share * inner).toFixed(1)}" height="12" rx="3" fill="${i === model.highlighted ? palette.accent : muted}"/>`,
        42,
      );
    });
  }

  if (model.kind === 'trend') {
    const { unit } = model;
    const top = scaleTop(model.points.map((point) => point.value), unit);
    const chart = chartLayout(model.points, inner, top, (value) => formatValue(value, unit, options.locale));
    const { area, baseline, start, end: right } = chart;
    const label = (x: number, y: number, size: number, fill: string, content: string, extra = '') =>
      `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${text(content)}</text>`;
    // The chart is drawn in its own coordinates, as the element draws it, and moved into place.
    layout.add(
      `<g transform="translate(${PADDING} ${layout.cursor + 4})">` +
        `<line x1="${start}" x2="${right}" y1="${baseline}" y2="${baseline}" stroke="${palette.border}"/>` +
        `<line x1="${start}" x2="${right}" y1="${area.top}" y2="${area.top}" stroke="${palette.border}" stroke-dasharray="3 4"/>` +
        label(0, area.top + 4, 12, palette.muted, chart.topLabel) +
        label(0, baseline + 4, 12, palette.muted, chart.zeroLabel) +
        `<polyline points="${chart.line}" fill="none" stroke="${palette.accent}" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/>` +
        chart.plotted
          .map((point, i) => {
            const x = point.x.toFixed(1);
            const dot = chart.dotted(i) ? `<circle cx="${x}" cy="${point.y.toFixed(1)}" r="${chart.dotRadius}" fill="${palette.surface}" stroke="${palette.accent}" stroke-width="3"/>` : '';
            const anchor = ` text-anchor="${chart.anchor(point.x)}"`;
            const value = chart.labelled.has(i) ? label(Number(x), Number((point.y - 12).toFixed(1)), 15, palette.text, model.shown[i] ?? '', ` font-weight="700"${anchor}`) : '';
            const axis = chart.axisLabelled.has(i) ? label(Number(x), area.height - 8, 12, palette.muted, model.points[i]?.label ?? '', anchor) : '';
            return dot + value + axis;
          })
          .join('') +
        '</g>',
      area.height + 8,
    );
  }

  if (model.kind !== 'stat' && model.callout) layout.emphasised(model.callout.strong, model.callout.rest, 16, palette.text, palette.accent);
  layout.paragraph(model.statement, 16, palette.text, { gap: 6 });
  if (model.note) layout.paragraph(`Note: ${model.note}`, 13, palette.muted, { gap: 2 });
  layout.add(`<line x1="${PADDING}" x2="${end}" y1="${layout.cursor + 6}" y2="${layout.cursor + 6}" stroke="${palette.border}"/>`, 8);
  layout.paragraph(model.source, 12, palette.muted, { gap: 2 });

  const height = Math.ceil(layout.cursor + PADDING);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${FONT}">\n` +
    `<title id="${titleId}">${text(model.label)}</title>\n<desc id="${descId}">${text(model.sentence)} ${text(model.statement)}</desc>\n` +
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="8" fill="${palette.surface}" stroke="${palette.border}"/>\n` +
    `${layout.parts.join('\n')}\n</svg>\n`
  );
}
