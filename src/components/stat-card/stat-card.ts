import { html, nothing, type TemplateResult } from 'lit';
import type { Unit } from '../../data/types.js';
import { FindingElement, type OwnValuesOfKind } from '../../element/finding-element.js';
import { baseStyles } from '../../element/base.styles.js';
import type { Parsed } from '../../element/input.js';
import type { Authoring } from '../../element/languages.js';
import type { StatView } from '../../view/model.js';
import { statView } from '../../view/stat.js';
import { statCardStyles } from './stat-card.styles.js';

/**
 * @tagname stat-card
 * @summary One headline figure — "90%", "2.4×" or "9 in 10" — with its statement and source.
 *
 * @csspart value - The headline figure.
 * @csspart qualifier - "More than", "Nearly" … above the figure (below it in languages that put it after), when the source hedges it.
 * @csspart exact - The reported number under a figure given as a phrase ("90%" under "9 in 10").
 *
 * @cssproperty [--mcw-stat-card-accent=var(--mcw-accent)] - Colour of the figure and the card's top rule.
 * @cssproperty [--mcw-stat-card-value-size=2.75em] - Size of the headline figure.
 *
 * @fires mcw-error - When the element starts showing an error; `detail.message` says what is wrong.
 */
export class StatCard extends FindingElement<'stat'> {
  static override styles = [baseStyles, statCardStyles];

  static override properties = { value: {} };

  /** The element's own figure, e.g. `42` (used when no `finding` is set). */
  declare value?: string | number;

  protected readonly kind = 'stat';
  protected override readonly labelFirst = false;

  protected readonly viewOf = statView;

  protected get ownInput(): unknown {
    return this.value;
  }

  protected ownValues(unit: Unit, label: string | undefined, { parseNumber }: Authoring): Parsed<OwnValuesOfKind<'stat'>> {
    const value = parseNumber(this.value, 'value', unit);
    return value.ok ? { ok: true, value: { kind: 'stat', value: value.value, unit, label } } : value;
  }

  protected renderFigure(view: StatView): TemplateResult {
    return html`<p part="value" class="value">
      ${view.hedge && !view.hedgeAfter ? html`<span part="qualifier" class="qualifier">${view.hedge}</span> ` : nothing}${view.figure}${view.hedge && view.hedgeAfter
        ? html` <span part="qualifier" class="qualifier">${view.hedge}</span>`
        : nothing}${view.exact
        ? html` <span part="exact" class="exact">${view.exact}</span>`
        : nothing}
    </p>`;
  }
}
