import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getFinding, suggestFindingIds } from '../data/index.js';
import type { Finding, FindingKind, Unit } from '../data/types.js';
import { attributionFor } from './attribution.js';
import { asText, isBlank, parseTheme, parseUnit, quote, safeLink, type Parsed } from './input.js';
import { resolveLocale } from './locale.js';

export { THEMES, type Theme } from './input.js';

/** The element that shows each kind of finding, for "wrong kind" messages. */
export const TAG_FOR_KIND: Record<FindingKind, string> = {
  stat: 'stat-card',
  comparison: 'comparison-bar',
  trend: 'trend-line',
};

export type FindingOfKind<K extends FindingKind> = Extract<Finding, { kind: K }>;

/** What every element shows around its figure. */
export interface Caption {
  unit: Unit;
  label?: string | undefined;
  statement?: string | undefined;
  /** The bundled finding shown, when there is one (for the note and source line). */
  finding?: Finding | undefined;
}

type View<D> = { ok: true; display: D } | { ok: false; problem: string; suggestions?: string[] };

/**
 * The shared base of the widgets: resolves `finding` (or the author's own
 * values) into something to display, picks the locale, renders the card frame,
 * the note and the source line, and turns every problem into a visible error
 * state with one console warning. Nothing thrown while rendering escapes it.
 */
export abstract class FindingElement<K extends FindingKind, D extends Caption> extends LitElement {
  // Declared without decorators: Lit's decorator helpers would cost every page about 0.7 KB gzip.
  static override properties: PropertyDeclarations = {
    finding: { reflect: true },
    unit: {},
    label: {},
    source: {},
    theme: { reflect: true },
    locale: {},
  };

  /** Id of a bundled finding, e.g. `employers-higher-starting-salary`. Wins over the element's own values. */
  declare finding?: string;

  /** Unit of the element's own values: `percent` (default), `percent-increase`, `multiple` or `count`. */
  declare unit?: string;

  /** Short title for the element's own values. */
  declare label?: string;

  /** Where the element's own values come from: text, or an http(s) URL, which is linked. */
  declare source?: string;

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  declare theme?: string;

  /** Locale for numbers, e.g. `de` or `fr-CA`. Defaults to the nearest `lang`, then English. */
  declare locale?: string;

  /** Whether the label comes before the figure (charts) or after it (a stat's big number). */
  protected readonly labelFirst: boolean = true;

  /** The kind of finding this element shows. */
  protected abstract readonly kind: K;

  /** How to give this element its own values, for the "nothing to show" message. */
  protected abstract readonly ownValuesHint: string;

  protected abstract displayFinding(finding: FindingOfKind<K>): D;
  protected abstract displayOwnValues(unit: Unit): Parsed<D> | undefined;
  protected abstract renderFigure(display: D, locale: string): TemplateResult;

  private view: View<D> = { ok: false, problem: 'not rendered yet' };
  private currentLocale = 'en';
  private warned = new Set<string>();
  private announcedProblem?: string;

  /** What is wrong with the element's input, or undefined when it renders normally. */
  get problem(): string | undefined {
    return this.view.ok ? undefined : this.view.problem;
  }

  /**
   * Server-rendered markup (declarative shadow DOM from the `html` export) is
   * shown before the script runs; it is cleared in the same task as the first
   * render, so the reader sees no flash and the layout does not move.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const choice = resolveLocale(asText(this.locale), this);
    this.currentLocale = choice.locale;
    if (choice.problem) this.warnOnce(choice.problem);
    try {
      this.view = this.resolveView();
    } catch (error) {
      this.view = { ok: false, problem: `could not be shown (${error instanceof Error ? error.message : String(error)})` };
    }
  }

  private resolveView(): View<D> {
    const theme = parseTheme(this.theme);
    if (!theme.ok) return { ok: false, problem: theme.problem };
    const id = asText(this.finding)?.trim();
    if (id) {
      const finding = getFinding(id);
      if (!finding) {
        return {
          ok: false,
          problem: `there is no finding ${quote(id)}`,
          suggestions: suggestFindingIds(id, { kind: this.kind }),
        };
      }
      if (!this.isOwnKind(finding)) {
        const fitting = TAG_FOR_KIND[finding.kind];
        return {
          ok: false,
          problem: `"${finding.id}" is a ${finding.kind} finding, which <${this.localName}> cannot show: use <${fitting} finding="${finding.id}">`,
        };
      }
      return { ok: true, display: this.displayFinding(finding) };
    }
    const unit = parseUnit(this.unit);
    if (!unit.ok) return { ok: false, problem: unit.problem };
    const own = this.displayOwnValues(unit.value);
    if (!own) return { ok: false, problem: `nothing to show: set finding="…" to a finding id, or ${this.ownValuesHint}` };
    return own.ok ? { ok: true, display: own.value } : { ok: false, problem: own.problem };
  }

  private isOwnKind(finding: Finding): finding is FindingOfKind<K> {
    return finding.kind === this.kind;
  }

  protected override render(): TemplateResult {
    if (!this.view.ok) return this.renderError(this.view.problem, this.view.suggestions);
    try {
      return this.renderCard(this.view.display);
    } catch (error) {
      const problem = `could not be shown (${error instanceof Error ? error.message : String(error)})`;
      this.view = { ok: false, problem };
      return this.renderError(problem);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problem = this.problem;
    if (!problem || problem === this.announcedProblem) {
      this.announcedProblem = problem;
      return;
    }
    this.announcedProblem = problem;
    // A page script often sets properties right after creating the element; announce
    // a problem only if it is still there once that script has run.
    setTimeout(() => {
      if (this.problem !== problem) return;
      this.warnOnce(problem);
      this.dispatchEvent(new CustomEvent('mcw-error', { detail: { message: problem }, bubbles: true, composed: true }));
    });
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }

  private renderError(problem: string, suggestions: string[] = []): TemplateResult {
    return html`<div part="error" class="error">
      <strong>This ${this.localName} cannot be shown:</strong> ${problem}.${suggestions.length
        ? html` Closest ids: ${suggestions.map((id, i) => html`${i ? ', ' : ''}<code>${id}</code>`)}.`
        : nothing}
    </div>`;
  }

  /** The author's own label, when it has visible text. */
  protected get ownLabel(): string | undefined {
    const label = asText(this.label);
    return label === undefined || isBlank(label) ? undefined : label;
  }

  private renderCard(display: D): TemplateResult {
    const locale = this.currentLocale;
    const label = display.label ? html`<figcaption part="label" class="label" dir="auto">${display.label}</figcaption>` : nothing;
    return html`<figure part="base" class="card">
      ${this.labelFirst ? label : nothing} ${this.renderFigure(display, locale)} ${this.labelFirst ? nothing : label}
      ${display.statement ? html`<p part="statement" class="statement" dir="auto">${display.statement}</p>` : nothing}
      ${this.renderNote(display.finding)} ${this.renderSource(display.finding, locale)}
    </figure>`;
  }

  private renderNote(finding: Finding | undefined): TemplateResult | typeof nothing {
    if (!finding || (!finding.note && !finding.conflictingValues)) return nothing;
    return html`<details part="note" class="note">
      <summary>${finding.conflictingValues ? 'Sources differ on this figure' : 'About this figure'}</summary>
      ${finding.note ? html`<p>${finding.note}</p>` : nothing}
      ${(finding.conflictingValues ?? []).map((entry) => html`<p>${entry.detail}</p>`)}
    </details>`;
  }

  private renderSource(finding: Finding | undefined, locale: string): TemplateResult | typeof nothing {
    if (finding) {
      const attribution = attributionFor(finding, locale);
      return html`<p part="source" class="source">
        <span>${attribution.report}</span>${attribution.sample
          ? html`<span class="sep" aria-hidden="true">·</span><span>${attribution.sample}</span>`
          : nothing}<span class="sep" aria-hidden="true">·</span><span>Reported by ${attribution.reportedBy.join(', ')}</span>
      </p>`;
    }
    const source = asText(this.source)?.trim();
    if (!source || isBlank(source)) return nothing;
    const href = safeLink(source);
    return html`<p part="source" class="source">
      Source: <bdi>${href ? html`<a href=${href} rel="noopener noreferrer">${source}</a>` : source}</bdi>
    </p>`;
  }
}
