import { html, nothing, type TemplateResult } from 'lit';
import type { Unit } from '../../data/types.js';
import { FindingElement, type OwnValuesOfKind } from '../../element/finding-element.js';
import { baseStyles } from '../../element/base.styles.js';
import type { Parsed } from '../../element/input.js';
import type { Authoring } from '../../element/languages.js';
import { comparisonView } from '../../view/comparison.js';
import type { ComparisonView } from '../../view/model.js';
import { comparisonBarStyles } from './comparison-bar.styles.js';

/** Beyond this many bars a comparison stops being readable; a series belongs in a trend-line. */
const MAX_BARS = 100;

/**
 * @tagname comparison-bar
 * @summary Two or more labelled values as bars on one scale, with the gap between them called out.
 *
 * @csspart chart - The bars, exposed to assistive technology as one image with a generated description.
 * @csspart row - One labelled bar with its value.
 * @csspart bar-label - The label of one bar.
 * @csspart track - The full-scale track behind a bar.
 * @csspart bar - A bar.
 * @csspart value - The figure printed beside a bar.
 * @csspart difference - The call-out of the gap ("+52 points · 2.4×").
 * @csspart caveat - Shown instead of the call-out when the values are not directly comparable, saying why.
 *
 * @cssproperty [--mcw-comparison-bar-color=color-mix(accent 55%, surface)] - Colour of the bars.
 * @cssproperty [--mcw-comparison-bar-highlight=var(--mcw-accent)] - Colour of the bar the call-out compares to.
 * @cssproperty --mcw-track-color - Colour of the empty track behind each bar.
 *
 * @fires mcw-error - When the element starts showing an error; `detail.message` says what is wrong.
 */
export class ComparisonBar extends FindingElement<'comparison'> {
  static override styles = [baseStyles, comparisonBarStyles];
  static override properties = { data: {} };

  /**
   * The element's own values: a JSON array such as `[{"label":"Without","value":36},{"label":"With","value":88}]`
   * (attribute), or the same array (property). Used when no `finding` is set.
   */
  declare data?: string | Array<{ label: string; value: number }>;

  protected readonly kind = 'comparison';

  protected readonly viewOf = comparisonView;

  protected get ownInput(): unknown {
    return this.data;
  }

  protected ownValues(unit: Unit, label: string | undefined, { parseSeries }: Authoring): Parsed<OwnValuesOfKind<'comparison'>> {
    const values = parseSeries(this.data, unit, 2, MAX_BARS);
    return values.ok ? { ok: true, value: { kind: 'comparison', values: values.value, unit, label } } : values;
  }

  protected renderFigure(view: ComparisonView): TemplateResult {
    // No white space between the row's grid items, or between the parts: each space would be a text node in every bar.
    return html`<div part="chart" class="chart" role="img" aria-label=${view.chartName}>
        ${view.bars.map(
          (bar) => html`<div part="row" class="row ${bar.highlighted ? 'highlight' : ''}">
            <span part="bar-label" class="bar-label" dir="auto">${bar.label}</span><svg part="track" class="track" aria-hidden="true">
              <rect class="track-fill" width="100%" height="100%" rx="3"></rect><rect part="bar" class="bar" height="100%" rx="3" width=${`${(bar.share * 100).toFixed(2)}%`}></rect>
            </svg><span part="value" class="bar-value">${bar.shown}</span>
          </div>`,
        )}
      </div>
      ${view.callout ? html`<p part="difference" class="difference">${view.callout.before} <strong>${view.callout.strong}</strong> ${view.callout.rest}</p>` : nothing}${
        view.notComparable ? html`<p part="caveat" class="difference">${view.notComparable}</p>` : nothing}`;
  }
}
