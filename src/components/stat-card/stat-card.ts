import { html, nothing, type TemplateResult } from 'lit';
import type { Unit } from '../../data/types.js';
import { FindingElement, type OwnValuesOfKind } from '../../element/finding-element.js';
import { baseStyles } from '../../element/base.styles.js';
import { parseNumber, type Parsed } from '../../element/input.js';
import type { StatView } from '../../view/model.js';
import { statView } from '../../view/stat.js';
import { statCardStyles } from './stat-card.styles.js';

/**
 * @tagname stat-card
 * @summary One headline figure — "90%", "2.4×" or "9 in 10" — with its statement and source.
 *
 * @csspart base - The card (a `figure`).
 * @csspart value - The headline figure.
 * @csspart qualifier - "More than", "Nearly" … above the figure, when the source hedges it.
 * @csspart label - The short title.
 * @csspart statement - The one-sentence finding.
 * @csspart note - The disclosure explaining a disagreement between sources.
 * @csspart source - The source line: report, who was asked, which articles report it.
 * @csspart error - The message shown instead of the card when the input is wrong.
 *
 * @cssproperty [--mcw-stat-card-accent=var(--mcw-accent)] - Colour of the figure and the card's top rule.
 * @cssproperty [--mcw-stat-card-value-size=2.75em] - Size of the headline figure.
 * @cssproperty [--mcw-accent=#0a5fb4] - Accent colour of every widget (dark theme: #7db9ff).
 * @cssproperty [--mcw-text-color=#1b1f24] - Text colour (dark theme: #eef1f4).
 * @cssproperty [--mcw-muted-color=#4b535d] - Colour of the source line and notes (dark theme: #b9c1cb).
 * @cssproperty [--mcw-surface=#ffffff] - Card background (dark theme: #16191d).
 * @cssproperty [--mcw-border-color=#d3d8de] - Card border (dark theme: #3a414a).
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
export class StatCard extends FindingElement<'stat'> {
  static override styles = [baseStyles, statCardStyles];

  static override properties = { value: {} };

  /** The element's own figure, e.g. `42` (used when no `finding` is set). */
  declare value?: string | number;

  protected readonly kind = 'stat';
  protected readonly ownValuesHint = 'give value="42" (with unit, label and source)';
  protected override readonly labelFirst = false;

  protected readonly viewOf = statView;

  protected ownValues(unit: Unit, label: string | undefined): Parsed<OwnValuesOfKind<'stat'>> | undefined {
    if (this.value === undefined || this.value === null) return undefined;
    const value = parseNumber(this.value, 'value', unit);
    return value.ok ? { ok: true, value: { kind: 'stat', value: value.value, unit, label } } : value;
  }

  protected renderFigure(view: StatView): TemplateResult {
    return html`<p part="value" class="value">
      ${view.hedge ? html`<span part="qualifier" class="qualifier">${view.hedge}</span> ` : nothing}${view.figure}
    </p>`;
  }
}
