import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getFinding, suggestFindingIds } from '../data/index.js';
import type { Finding, FindingKind, Unit } from '../data/types.js';
import type { OwnValues, ViewOfKind, ViewOptions } from '../view/model.js';
import type { SourceLine } from '../view/source.js';
import { TAG_FOR_KIND } from '../view/widgets.js';
import { asText, parseTheme, parseUnit, quote, visibleText, type Parsed } from './input.js';
import { resolveLocale } from './locale.js';

export type FindingOfKind<K extends FindingKind> = Extract<Finding, { kind: K }>;
export type OwnValuesOfKind<K extends FindingKind> = Extract<OwnValues, { kind: K }>;

type Resolved<K extends FindingKind> = { ok: true; view: ViewOfKind<K> } | { ok: false; problem: string; suggestions?: string[] };

/**
 * The shared base of the widgets: turns `finding` (or the author's own values)
 * into the view model of what the widget says, and lays out the card frame,
 * the note and the source line around the figure its subclass draws. Every
 * problem becomes a visible error state with one console warning; nothing
 * thrown while rendering escapes it. Given no input at all, it first waits a
 * while, empty, for a script to set some.
 *
 * What every widget shares, documented once here and listed under each
 * element in the manifest (the theme colours' defaults come from the palette):
 *
 * @csspart base - The card (a `figure`).
 * @csspart label - The short title.
 * @csspart statement - The one-sentence finding.
 * @csspart doubt - "Doubtful figure", beside a figure the articles give reason to doubt.
 * @csspart note - The disclosure explaining a disagreement between sources or an ambiguity (open when the figure is doubtful).
 * @csspart source - The source line: report, who was asked, which articles report it.
 * @csspart error - The message shown instead of the widget when the input is wrong.
 *
 * @cssproperty --mcw-accent - Accent colour of every widget.
 * @cssproperty --mcw-text-color - Text colour.
 * @cssproperty --mcw-muted-color - Colour of the source line, notes and axis labels.
 * @cssproperty --mcw-surface - Card background.
 * @cssproperty --mcw-border-color - Card border and grid lines.
 * @cssproperty --mcw-error-color - Text and border of the error state, and the doubt mark.
 * @cssproperty --mcw-error-surface - Background of the error state.
 * @cssproperty [--mcw-radius=8px] - Corner radius.
 * @cssproperty [--mcw-padding=1rem] - Inner spacing of the card.
 * @cssproperty [--mcw-margin-block=1rem] - Space above and below the element.
 * @cssproperty [--mcw-font-family=inherit] - Font family; by default the page's.
 * @cssproperty [--mcw-font-size=16px] - Base font size; everything scales from it.
 */
export abstract class FindingElement<K extends FindingKind> extends LitElement {
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

  /** The author's own values, checked; undefined when none are given. */
  protected abstract ownValues(unit: Unit, label: string | undefined): Parsed<OwnValuesOfKind<K>> | undefined;

  /** What the widget says about a finding or own values of its kind: the view builder of that kind. */
  protected abstract viewOf(subject: FindingOfKind<K> | OwnValuesOfKind<K>, options: ViewOptions): ViewOfKind<K>;

  /** Lays out the figure or chart of the view. */
  protected abstract renderFigure(view: ViewOfKind<K>): TemplateResult;

  private resolved: Resolved<K> = { ok: false, problem: 'not rendered yet' };
  private warned = new Set<string>();
  private announcedProblem?: string;
  /** For an element given no input: false while it waits for some (see updated), true once it has waited. */
  private waited?: boolean;

  /** What is wrong with the element's input, or undefined when it renders normally (or still waits for input). */
  get problem(): string | undefined {
    return this.resolved.ok ? undefined : this.resolved.problem || undefined;
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
    // Resolved here, not in a controller's hostUpdate: willUpdate also runs when rendering on a server.
    const { locale, problem } = resolveLocale(asText(this.locale), this);
    if (problem) this.warnOnce(problem);
    try {
      this.resolved = this.resolve(locale);
    } catch (error) {
      this.resolved = failure(error);
    }
  }

  private resolve(locale: string): Resolved<K> {
    const theme = parseTheme(this.theme);
    if (!theme.ok) return theme;
    const id = asText(this.finding)?.trim();
    if (id) {
      const finding = getFinding(id);
      if (!finding) {
        return { ok: false, problem: `there is no finding ${quote(id)}`, suggestions: suggestFindingIds(id, { kind: this.kind }) };
      }
      if (finding.kind !== this.kind) {
        const fitting = TAG_FOR_KIND[finding.kind];
        return {
          ok: false,
          problem: `"${finding.id}" is a ${finding.kind} finding, which <${this.localName}> cannot show: use <${fitting} finding="${finding.id}">`,
        };
      }
      // Of this element's kind, as just checked.
      return { ok: true, view: this.viewOf(finding as FindingOfKind<K>, { locale }) };
    }
    const unit = parseUnit(this.unit);
    if (!unit.ok) return unit;
    const own = this.ownValues(unit.value, visibleText(this.label));
    // No input yet: an empty problem, shown as nothing, until the element has waited (see updated).
    if (!own) return { ok: false, problem: this.waited ? `nothing to show: set finding="…" to a finding id, or ${this.ownValuesHint}` : '' };
    if (!own.ok) return own;
    return { ok: true, view: this.viewOf({ ...own.value, source: visibleText(this.source) }, { locale }) };
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.resolved.ok) return this.resolved.problem ? this.renderError(this.resolved.problem, this.resolved.suggestions) : nothing;
    try {
      return this.renderCard(this.resolved.view);
    } catch (error) {
      this.resolved = failure(error);
      return this.renderError(this.resolved.problem);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problem = this.problem;
    // Given no input, an element waits quietly, an empty box, for a script to set some (data from a
    // fetch, say), and says there is nothing to show only if it is still empty 2 s after its first render.
    if (!this.resolved.ok && !problem && this.waited === undefined) {
      this.waited = false;
      setTimeout(() => ((this.waited = true), this.requestUpdate()), 2e3);
    }
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

  private renderCard(view: ViewOfKind<K>): TemplateResult {
    const label = view.label ? html`<figcaption part="label" class="label" dir="auto">${view.label}</figcaption>` : nothing;
    return html`<figure part="base" class="card">
      ${this.labelFirst ? label : nothing} ${this.renderFigure(view)} ${this.labelFirst ? nothing : label}
      ${view.doubt ? html`<p part="doubt" class="doubt">${view.doubt}</p>` : nothing}
      ${view.statement ? html`<p part="statement" class="statement" dir="auto">${view.statement}</p>` : nothing}
      ${view.note
        ? html`<details part="note" class="note" ?open=${!!view.doubt}>
            <summary>${view.note.title}</summary>
            ${view.note.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
          </details>`
        : nothing}
      ${view.source ? renderSource(view.source) : nothing}
    </figure>`;
  }
}

/** What went wrong, when something thrown while resolving or rendering stops the widget. */
function failure(error: unknown): { ok: false; problem: string } {
  return { ok: false, problem: `could not be shown (${error instanceof Error ? error.message : String(error)})` };
}

/** The source line: a finding's parts separated by dots, or an author's own source, linked when it is a URL. */
function renderSource(line: SourceLine): TemplateResult {
  if (line.prefix) {
    const text = line.parts.join(' · ');
    return html`<p part="source" class="source">
      ${line.prefix} <bdi>${line.href ? html`<a href=${line.href} rel="noopener noreferrer">${text}</a>` : text}</bdi>
    </p>`;
  }
  return html`<p part="source" class="source">${line.parts.map(
    (text, i) => html`${i ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}<span>${text}</span>`,
  )}</p>`;
}
