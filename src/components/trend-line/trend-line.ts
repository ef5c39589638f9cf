import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { Unit } from '../../data/types.js';
import { FindingElement, type Caption, type FindingOfKind } from '../../shared/finding-element.js';
import { baseStyles } from '../../shared/base.styles.js';
import { formatQualified, formatValue } from '../../shared/format.js';
import { parseSeries, type Parsed } from '../../shared/input.js';
import { hiddenTable, type SeriesValue } from '../../shared/series.js';
import { trendCallout, trendSentence } from '../../shared/wording.js';
import { chartLayout, scaleTop } from './geometry.js';
import { trendLineStyles } from './trend-line.styles.js';

export interface TrendDisplay extends Caption {
  points: SeriesValue[];
}

/** The width drawn at before the chart's real width is known. */
const DEFAULT_WIDTH = 560;

/**
 * @tagname trend-line
 * @summary Values over time as a line (a slope chart for two points), with labelled points and the change called out.
 *
 * @csspart base - The card (a `figure`).
 * @csspart label - The short title.
 * @csspart chart - The SVG chart, exposed to assistive technology as one image with a generated description.
 * @csspart line - The line through the points.
 * @csspart point - A point on the line.
 * @csspart value - A value printed at a point.
 * @csspart axis-label - A time label under the chart.
 * @csspart change - The call-out of the change from first to last ("+39 points since 2023").
 * @csspart statement - The one-sentence finding.
 * @csspart note - The disclosure explaining a disagreement between sources.
 * @csspart source - The source line.
 * @csspart error - The message shown instead of the chart when the input is wrong.
 *
 * @cssproperty [--mcw-trend-line-color=var(--mcw-accent)] - Colour of the line and points.
 * @cssproperty [--mcw-accent=#0a5fb4] - Accent colour of every widget (dark theme: #7db9ff).
 * @cssproperty [--mcw-text-color=#1b1f24] - Text colour (dark theme: #eef1f4).
 * @cssproperty [--mcw-muted-color=#4b535d] - Colour of axis labels, the source line and notes (dark theme: #b9c1cb).
 * @cssproperty [--mcw-surface=#ffffff] - Card background (dark theme: #16191d).
 * @cssproperty [--mcw-border-color=#d3d8de] - Card border and grid lines (dark theme: #3a414a).
 * @cssproperty [--mcw-error-color=#a4161a] - Text and border of the error state (dark theme: #ffb4ae).
 * @cssproperty [--mcw-error-surface=#fdf0f0] - Background of the error state (dark theme: #3b1d1d).
 * @cssproperty [--mcw-radius=8px] - Corner radius.
 * @cssproperty [--mcw-padding=1rem] - Inner spacing of the card.
 * @cssproperty [--mcw-margin-block=1rem] - Space above and below the element.
 * @cssproperty [--mcw-font-family=inherit] - Font family; by default the page's.
 * @cssproperty [--mcw-font-size=16px] - Base font size; everything scales from it.
 *
 * @fires mcw-error - When the element starts showing an error; `detail.message` says what is wrong.
 */
export class TrendLine extends FindingElement<'trend', TrendDisplay> {
  static override styles = [baseStyles, trendLineStyles];
  static override properties = { data: {}, chartWidth: { state: true } };

  /**
   * The element's own values, in time order: a JSON array such as
   * `[{"label":"2023","value":55},{"label":"2025","value":94}]` (attribute) or the same array (property).
   * Labels that are years or ISO dates are spaced by time. Used when no `finding` is set.
   */
  declare data?: string | Array<{ label: string; value: number }>;

  protected readonly kind = 'trend';
  protected readonly ownValuesHint = `give data='[{"label":"2023","value":55},{"label":"2025","value":94}]'`;

  /** The chart is drawn at its real pixel width, so text in it stays at its real size. */
  declare private chartWidth: number;
  private resizeObserver?: ResizeObserver;
  private observedChart?: Element;

  constructor() {
    super();
    this.chartWidth = DEFAULT_WIDTH;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-added: redraw, which watches the chart's width again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observedChart = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The chart box comes and goes with the error state; watch whichever one is rendered.
    const chart = this.renderRoot.querySelector('.chart') ?? undefined;
    if (chart === this.observedChart) return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && width !== this.chartWidth) this.chartWidth = width;
    });
    if (this.observedChart) this.resizeObserver.unobserve(this.observedChart);
    if (chart) this.resizeObserver.observe(chart);
    this.observedChart = chart;
  }

  protected displayFinding(finding: FindingOfKind<'trend'>): TrendDisplay {
    return { ...finding, finding, points: finding.points.map((point) => ({ ...point, label: point.date })) };
  }

  protected displayOwnValues(unit: Unit): Parsed<TrendDisplay> | undefined {
    if (this.data === undefined || this.data === null) return undefined;
    const points = parseSeries(this.data, unit, 2);
    return points.ok ? { ok: true, value: { points: points.value, unit, label: this.ownLabel } } : points;
  }

  private renderCallout(display: TrendDisplay, locale: string): TemplateResult | typeof nothing {
    const callout = trendCallout(display.points, display.unit, locale);
    return callout ? html`<p part="change" class="change"><strong>${callout.strong}</strong> ${callout.rest}</p>` : nothing;
  }

  protected renderFigure(display: TrendDisplay, locale: string): TemplateResult {
    const { points, unit } = display;
    const top = scaleTop(points.map((point) => point.value), unit);
    const chart = chartLayout(points, this.chartWidth, top, (value) => formatValue(value, unit, locale));
    const { area, baseline, start, end } = chart;

    return html`<div part="chart" class="chart" role="img" aria-label=${trendSentence(display.label, points, unit, locale)}>
        <svg viewBox="0 0 ${area.width} ${area.height}" width=${area.width} height=${area.height} aria-hidden="true" focusable="false">
          ${svg`<line class="grid" x1=${start} x2=${end} y1=${baseline} y2=${baseline}></line>
            <line class="grid" x1=${start} x2=${end} y1=${area.top} y2=${area.top} stroke-dasharray="3 4"></line>
            <text class="axis-label" x="0" y=${area.top + 4}>${chart.topLabel}</text>
            <text class="axis-label" x="0" y=${baseline + 4}>${chart.zeroLabel}</text>
            <polyline part="line" class="line" points=${chart.line}></polyline>
            ${chart.plotted.map((point, i) =>
              chart.dotted(i)
                ? svg`<circle part="point" class="point" cx=${point.x.toFixed(1)} cy=${point.y.toFixed(1)} r=${chart.dotRadius}></circle>`
                : nothing,
            )}
            ${chart.plotted.map((point, i) => {
              const entry = points[i];
              if (!entry) return nothing;
              return svg`${chart.labelled.has(i)
                ? svg`<text part="value" class="point-label" x=${point.x.toFixed(1)} y=${(point.y - 12).toFixed(1)} text-anchor=${chart.anchor(point.x)}>${formatQualified(entry, unit, locale)}</text>`
                : nothing}${chart.axisLabelled.has(i)
                ? svg`<text part="axis-label" class="axis-label" x=${point.x.toFixed(1)} y=${area.height - 8} text-anchor=${chart.anchor(point.x)}>${entry.label}</text>`
                : nothing}`;
            })}`}
        </svg>
      </div>
      ${this.renderCallout(display, locale)}
      ${hiddenTable(display.label ?? 'Trend', ['When', 'Value'], points, unit, locale)}`;
  }
}
