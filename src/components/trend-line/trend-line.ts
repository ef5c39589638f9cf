import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Unit } from '../../data/types.js';
import { FindingElement, type OwnValuesOfKind } from '../../element/finding-element.js';
import { baseStyles } from '../../element/base.styles.js';
import { hiddenTable } from '../../element/data-table.js';
import type { Parsed } from '../../element/input.js';
import type { Authoring } from '../../element/languages.js';
import { WidthController } from '../../element/resize.js';
import { trendChart } from '../../view/geometry.js';
import type { TrendView } from '../../view/model.js';
import { trendView } from '../../view/trend.js';
import { trendLineStyles } from './trend-line.styles.js';

/** The width drawn at before the chart's real width is known. */
const DEFAULT_WIDTH = 560;

/**
 * @tagname trend-line
 * @summary Values over time as a line (a slope chart for two points), with labelled points and the change called out.
 *
 * @csspart chart - The SVG chart, exposed to assistive technology as one image with a generated description.
 * @csspart line - The line through the points.
 * @csspart point - A point on the line.
 * @csspart value - A value printed at a point.
 * @csspart axis-label - A time label under the chart.
 * @csspart change - The call-out of the change from first to last ("+39 points since 2023").
 *
 * @cssproperty [--mcw-trend-line-color=var(--mcw-accent)] - Colour of the line and points.
 *
 * @fires mcw-error - When the element starts showing an error; `detail.message` says what is wrong.
 */
export class TrendLine extends FindingElement<'trend'> {
  static override styles = [baseStyles, trendLineStyles];
  static override properties = { data: {}, chartWidth: { state: true } };

  /**
   * The element's own values, in time order: a JSON array such as
   * `[{"label":"2023","value":55},{"label":"2025","value":94}]` (attribute) or the same array (property).
   * Labels that are years or ISO dates are spaced by time. Used when no `finding` is set.
   */
  declare data?: string | Array<{ label: string; value: number }>;

  protected readonly kind = 'trend';

  /** The chart is drawn at its real pixel width, so text in it stays at its real size. */
  declare private chartWidth: number;

  constructor() {
    super();
    this.chartWidth = DEFAULT_WIDTH;
    // The chart box comes and goes with the error state; the controller (it registers itself) watches whichever is rendered.
    new WidthController(
      this,
      () => this.renderRoot.querySelector('.chart') ?? undefined,
      (width) => (this.chartWidth = width),
    );
  }

  protected readonly viewOf = trendView;

  protected get ownInput(): unknown {
    return this.data;
  }

  protected ownValues(unit: Unit, label: string | undefined, { parseSeries }: Authoring): Parsed<OwnValuesOfKind<'trend'>> {
    const points = parseSeries(this.data, unit, 2);
    return points.ok ? { ok: true, value: { kind: 'trend', points: points.value, unit, label } } : points;
  }

  protected renderFigure(view: TrendView): TemplateResult {
    const chart = trendChart(view, this.chartWidth);
    return html`<div part="chart" class="chart" role="img" aria-label=${view.chartName}>
        <svg viewBox="0 0 ${chart.width} ${chart.height}" width=${chart.width} height=${chart.height} aria-hidden="true">
          <line class="grid" x1=${chart.start} x2=${chart.end} y1=${chart.baseline} y2=${chart.baseline}></line>
          <line class="grid" x1=${chart.start} x2=${chart.end} y1=${chart.top} y2=${chart.top} stroke-dasharray="3 4"></line>
          <text class="axis-label" x="0" y=${chart.top + 4}>${chart.topLabel}</text>
          <text class="axis-label" x="0" y=${chart.baseline + 4}>${chart.zeroLabel}</text>
          <polyline part="line" class="line" points=${chart.line}></polyline>
          ${chart.dots.map((dot) => svg`<circle part="point" class="point" cx=${dot.cx} cy=${dot.cy} r=${chart.dotRadius}></circle>`)}
          ${chart.labels.map(
            // A point's value and the time labels are parts; the scale's labels above are not.
            (label) =>
              svg`<text part=${label.role} class=${label.role === 'value' ? 'point-label' : 'axis-label'} x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.content}</text>`,
          )}
        </svg>
      </div>
      ${view.table ? hiddenTable(view.table) : nothing}
      ${view.callout ? html`<p part="change" class="change">${view.callout.before} <strong>${view.callout.strong}</strong> ${view.callout.rest}</p>` : nothing}`;
  }
}
