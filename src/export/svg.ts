/**
 * A self-contained SVG image of a finding: generic font stacks, no external
 * resource, a <title> and <desc> carrying the label and the generated sentence.
 * For anywhere an image goes (slides, social cards, CMS image fields).
 */
import { escapeHtml as text } from '../view/escape.js';
import { trendChart, type ChartText, type TrendChart } from '../view/geometry.js';
import type { WidgetView } from '../view/model.js';
import { barColor, type Palette } from '../view/palette.js';
import type { Callout } from '../view/language.js';
import { sourceText } from '../view/source.js';
import { calloutText } from '../view/wording.js';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const PADDING = 16;
/** Average glyph width as a share of the font size (a little wide, to be safe), for wrapping without a text engine. */
const GLYPH = { normal: 0.56, bold: 0.63 };
/** Line height of a wrapped bar label (15px text). */
const BAR_LABEL_LINE = 20;

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
  emphasised(callout: Callout, size: number, fill: string, accent: string): void {
    this.cursor += 8;
    const { strong } = callout;
    const lines = wrap(calloutText(callout), this.width, size);
    const lineHeight = Math.round(size * 1.4);
    // The emphasised words are drawn bold on the first line that holds them whole (wherever the language puts them).
    const emphasisLine = lines.findIndex((line) => line.includes(strong));
    const spans = lines.map((line, i) => {
      const start = `<tspan x="${PADDING}" dy="${i === 0 ? 0 : lineHeight}">`;
      if (i !== emphasisLine) return `${start}${text(line)}</tspan>`;
      const at = line.indexOf(strong);
      return `${start}${text(line.slice(0, at))}</tspan><tspan font-weight="700" fill="${accent}">${text(strong)}</tspan><tspan>${text(line.slice(at + strong.length))}</tspan>`;
    });
    this.parts.push(`<text x="${PADDING}" y="${this.cursor + size}" font-size="${size}" fill="${fill}">${spans.join('')}</text>`);
    this.cursor += size + lineHeight * (lines.length - 1) + Math.round(size * 0.4);
  }

  add(markup: string, height: number): void {
    this.parts.push(markup);
    this.cursor += height;
  }
}

/** The trend chart, in drawing order, with the colours the element's CSS would give it. */
function drawChart(chart: TrendChart, palette: Palette): string {
  const grid = (y: number, dash = '') => `<line x1="${chart.start}" x2="${chart.end}" y1="${y}" y2="${y}" stroke="${palette.border}"${dash}/>`;
  const label = (at: ChartText, style: string) =>
    `<text x="${at.x}" y="${at.y}" ${style}${at.anchor === 'start' ? '' : ` text-anchor="${at.anchor}"`}>${text(at.content)}</text>`;
  const scale = `font-size="12" fill="${palette.muted}"`;
  return (
    grid(chart.baseline) +
    grid(chart.top, ' stroke-dasharray="3 4"') +
    label({ x: '0', y: String(chart.top + 4), anchor: 'start', content: chart.topLabel }, scale) +
    label({ x: '0', y: String(chart.baseline + 4), anchor: 'start', content: chart.zeroLabel }, scale) +
    `<polyline points="${chart.line}" fill="none" stroke="${palette.accent}" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/>` +
    chart.dots.map((dot) => `<circle cx="${dot.cx}" cy="${dot.cy}" r="${chart.dotRadius}" fill="${palette.surface}" stroke="${palette.accent}" stroke-width="3"/>`).join('') +
    chart.labels.map((at) => label(at, at.role === 'value' ? `font-size="15" font-weight="700" fill="${palette.text}"` : scale)).join('')
  );
}

/** What an image of the finding says, for its description and for the alt text of a PNG: the generated sentence, then the statement. */
export function altText(view: WidgetView): string {
  return `${view.sentence}${view.statement ? ` ${view.statement}` : ''}`;
}

/** A finding as a self-contained SVG image, `width` pixels wide, in a theme's colours; `id` prefixes the title and description ids. */
export function renderSvg(view: WidgetView, width: number, id: string, palette: Palette): string {
  const inner = width - 2 * PADDING;
  const end = width - PADDING;
  const layout = new Layout(PADDING, inner);
  const label = view.label ?? '';

  if (view.kind === 'stat') {
    if (view.hedge && !view.hedgeAfter) layout.paragraph(view.hedge, 14, palette.accent, { weight: '700' });
    layout.paragraph(view.figure, 46, palette.accent, { weight: '800' });
    if (view.hedge && view.hedgeAfter) layout.paragraph(view.hedge, 14, palette.accent, { weight: '700' });
    if (view.exact) layout.paragraph(view.exact, 20, palette.accent, { weight: '700' });
    layout.paragraph(label, 18, palette.text, { weight: '700', gap: 2 });
  } else {
    layout.paragraph(label, 18, palette.text, { weight: '700' });
  }

  if (view.kind === 'comparison') {
    for (const bar of view.bars) {
      const y = layout.cursor + 8;
      // The label wraps short of the value, which stays on its first line.
      const lines = wrap(bar.label, inner - Math.ceil(bar.shown.length * 15 * GLYPH.bold) - 8, 15);
      const below = (lines.length - 1) * BAR_LABEL_LINE;
      const label = lines.map((line, i) => `<tspan x="${PADDING}" dy="${i === 0 ? 0 : BAR_LABEL_LINE}">${text(line)}</tspan>`).join('');
      layout.add(
        `<text x="${PADDING}" y="${y + 15}" font-size="15" fill="${palette.text}">${label}</text>` +
          `<text x="${end}" y="${y + 15}" font-size="15" font-weight="700" text-anchor="end" fill="${palette.text}">${text(bar.shown)}</text>` +
          `<rect x="${PADDING}" y="${y + 22 + below}" width="${inner}" height="12" rx="3" fill="${palette.track}"/>` +
          `<rect x="${PADDING}" y="${y + 22 + below}" width="${(bar.share * inner).toFixed(1)}" height="12" rx="3" fill="${bar.highlighted ? palette.accent : barColor(palette)}"/>`,
        42 + below,
      );
    }
  }

  if (view.kind === 'trend') {
    const chart = trendChart(view, inner);
    // The chart is drawn in its own coordinates, as the element draws it, and moved into place.
    layout.add(
      `<g transform="translate(${PADDING} ${layout.cursor + 4})">${drawChart(chart, palette)}</g>`,
      chart.height + 8,
    );
  }

  if (view.doubt) layout.paragraph(view.doubt, 14, palette.error, { weight: '700', gap: 4 });
  if (view.kind !== 'stat' && view.callout) layout.emphasised(view.callout, 16, palette.text, palette.accent);
  if (view.kind === 'comparison' && view.notComparable) layout.paragraph(view.notComparable, 15, palette.text, { gap: 8 });
  if (view.statement) layout.paragraph(view.statement, 16, palette.text, { gap: 6 });
  if (view.note) layout.paragraph(`${view.note.title}: ${view.note.paragraphs.join(' ')}`, 13, palette.muted, { gap: 2 });
  if (view.source) {
    layout.add(`<line x1="${PADDING}" x2="${end}" y1="${layout.cursor + 6}" y2="${layout.cursor + 6}" stroke="${palette.border}"/>`, 8);
    layout.paragraph(sourceText(view.source), 12, palette.muted, { gap: 2 });
  }

  const height = Math.ceil(layout.cursor + PADDING);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" lang="${view.lang}" aria-labelledby="${titleId} ${descId}" font-family="${FONT}">\n` +
    `<title id="${titleId}">${text(label)}</title>\n<desc id="${descId}">${text(altText(view))}</desc>\n` +
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="8" fill="${palette.surface}" stroke="${palette.border}"/>\n` +
    `${layout.parts.join('\n')}\n</svg>\n`
  );
}
