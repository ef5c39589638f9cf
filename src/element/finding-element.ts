import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getFinding } from '../data/lookup.js';
import type { Finding, FindingKind, Unit } from '../data/types.js';
import { Words } from '../view/language.js';
import type { OwnValues, ViewOfKind, ViewOptions } from '../view/model.js';
import type { SourceLine } from '../view/source.js';
import { TAG_FOR_KIND } from '../view/widgets.js';
import { asText, parseTheme, parseUnit, problem, quote, visibleText, type Parsed, type Problem } from './input.js';
import { authoringTools, languageReady, loadAuthoring, type Authoring } from './languages.js';
import { resolveLocale } from './locale.js';
import * as en from '../i18n/en.generated.js';

export type FindingOfKind<K extends FindingKind> = Extract<Finding, { kind: K }>;
export type OwnValuesOfKind<K extends FindingKind> = Extract<OwnValues, { kind: K }>;

type Resolved<K extends FindingKind> = { ok: true; view: ViewOfKind<K> } | { ok: false; problem: Problem | undefined; suggestions?: string[] };

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

  /**
   * Locale, e.g. `de` or `fr-CA`: words in its language (English, Spanish, French, German, Turkish or Hindi;
   * others fall back to English), numbers in its format. Defaults to the nearest `lang`, then English.
   */
  declare locale?: string;

  /** Whether the label comes before the figure (charts) or after it (a stat's big number). */
  protected readonly labelFirst: boolean = true;

  /** The kind of finding this element shows. */
  protected abstract readonly kind: K;

  /** The author's own values as given (an attribute or property), or undefined when none are. */
  protected abstract readonly ownInput: unknown;

  /** The author's own values, checked with the authoring module's parsers. */
  protected abstract ownValues(unit: Unit, label: string | undefined, parsers: Authoring): Parsed<OwnValuesOfKind<K>>;

  /** What the widget says about a finding or own values of its kind: the view builder of that kind. */
  protected abstract viewOf(subject: FindingOfKind<K> | OwnValuesOfKind<K>, options: ViewOptions): ViewOfKind<K>;

  /** Lays out the figure or chart of the view. */
  protected abstract renderFigure(view: ViewOfKind<K>): TemplateResult;

  #resolved: Resolved<K> = { ok: false, problem: undefined };
  #words = new Words('en');
  /** An author's `locale` that is not a language tag, to warn about once the error words are here. */
  #invalidLocale?: string;
  /** While the authoring module loads (languages.ts), the widget shows nothing: no problem without its words, no values unchecked. */
  #authoring?: Promise<void>;
  #warned = new Set<string>();
  #announcedProblem?: string;
  #serverRendered?: ChildNode[];
  /** For an element given no input: false while it waits for some (see updated), true once it has waited. */
  #waited?: boolean;

  /** What is wrong with the element's input, in the reader's language, or undefined when it renders normally (or still waits for input). */
  get problem(): string | undefined {
    return this.#resolved.ok || this.#authoring ? undefined : this.#resolved.problem?.(this.#words);
  }

  /** Also waits for the authoring module, when the widget needs it, and the render that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    return this.#authoring ? this.#authoring.then(() => this.getUpdateComplete()) : complete;
  }

  /** The authoring module; when it is not here yet, it is on its way and a render follows it (null: it could not be loaded). */
  #authoringTools(): Authoring | null | undefined {
    const tools = authoringTools();
    if (tools === undefined) {
      this.#authoring ??= loadAuthoring().then(() => {
        this.#authoring = undefined;
        this.requestUpdate();
      });
    }
    return tools;
  }

  /**
   * Server-rendered markup (declarative shadow DOM from the `html` export) is
   * shown before the script runs, and until the first render replaces it (after
   * the reader's language has loaded): no flash, no layout shift.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#serverRendered = [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    // Lit would render before the first server-rendered node, which update() removes first.
    this.renderOptions.renderBefore = null;
    return root;
  }

  /** Waits for the words of the reader's language (a file beside the script) before rendering in it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = languageReady(resolveLocale(asText(this.locale), this).locale);
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    this.#serverRendered?.forEach((node) => node.remove());
    this.#serverRendered = undefined;
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Resolved here, not in a controller's hostUpdate: willUpdate also runs when rendering on a server.
    const { locale, invalid } = resolveLocale(asText(this.locale), this);
    this.#words = new Words(locale);
    this.#invalidLocale = invalid;
    try {
      this.#resolved = this.#resolve(locale);
    } catch (error) {
      this.#resolved = failure(error);
    }
    if (invalid || (!this.#resolved.ok && this.#resolved.problem)) this.#authoringTools();
  }

  #resolve(locale: string): Resolved<K> {
    const theme = parseTheme(this.theme);
    if (!theme.ok) return theme;
    const id = asText(this.finding)?.trim();
    if (id) {
      const finding = getFinding(id);
      if (!finding) {
        return { ok: false, problem: problem(en.noFinding, { id: quote(id) }), suggestions: this.#authoringTools()?.suggestFindingIds(id, { kind: this.kind }) };
      }
      if (finding.kind !== this.kind) {
        return { ok: false, problem: problem(en.wrongKind, { id: quote(finding.id), tag: this.localName, fitting: TAG_FOR_KIND[finding.kind] }) };
      }
      // Of this element's kind, as just checked (TypeScript does not narrow a union by a generic `kind`).
      return { ok: true, view: this.viewOf(finding as FindingOfKind<K>, { locale }) };
    }
    const unit = parseUnit(this.unit);
    if (!unit.ok) return unit;
    // No input yet: no problem, shown as nothing, until the element has waited (see updated).
    if (this.ownInput == null) return { ok: false, problem: this.#waited ? (words) => words.say(en.nothingToShow, { example: authoringTools()?.OWN_VALUES_EXAMPLES[this.kind] ?? '' }) : undefined };
    const parsers = this.#authoringTools();
    // Loading (shown as nothing), or it could not be loaded (the console has said why).
    if (!parsers) return { ok: false, problem: parsers === null ? problem(en.couldNotShow, { reason: 'authoring.js' }) : undefined };
    const own = this.ownValues(unit.value, visibleText(this.label), parsers);
    if (!own.ok) return own;
    return { ok: true, view: this.viewOf({ ...own.value, source: visibleText(this.source) }, { locale }) };
  }

  protected override render(): TemplateResult {
    let card: TemplateResult | typeof nothing = nothing;
    if (this.#resolved.ok) {
      try {
        card = this.#renderCard(this.#resolved.view);
      } catch (error) {
        this.#resolved = failure(error);
      }
    }
    // No error before the authoring module (its words) is here: no flash of a wordless box.
    const error = this.#resolved.ok || !this.#resolved.problem || this.#authoringTools() === undefined ? nothing : this.#renderError(this.#resolved.suggestions);
    // One polite live region, always there, so an error that appears after an attribute changes is announced.
    return html`${card}<div role="status">${error}</div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#authoring) return;
    if (this.#invalidLocale) this.#warnOnce(this.#words.say(en.badLocale, { raw: quote(this.#invalidLocale) }));
    const problem = this.problem;
    // Given no input, an element waits quietly, an empty box, for a script to set some (data from a
    // fetch, say), and says there is nothing to show only if it is still empty 2 s after its first render.
    if (!this.#resolved.ok && !this.#resolved.problem && this.#waited === undefined) {
      this.#waited = false;
      setTimeout(() => ((this.#waited = true), this.requestUpdate()), 2e3);
    }
    if (!problem || problem === this.#announcedProblem) {
      this.#announcedProblem = problem;
      return;
    }
    this.#announcedProblem = problem;
    // A page script often sets properties right after creating the element; announce
    // a problem only if it is still there once that script has run.
    setTimeout(() => {
      if (this.problem !== problem) return;
      this.#warnOnce(problem);
      this.dispatchEvent(new CustomEvent('mcw-error', { detail: { message: problem }, bubbles: true, composed: true }));
    });
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }

  #renderError(suggestions: string[] = []): TemplateResult {
    const words = this.#words;
    const box = words.emphasise(en.errorBox, { title: words.say(en.errorTitle, { tag: this.localName }), problem: this.problem ?? '' }, 'title');
    const ids = words.emphasise(en.closestIds, { ids: '' }, 'ids');
    return html`<div part="error" class="error" lang=${words.language}>
      ${box.before} <strong>${box.strong}</strong> ${box.rest}${suggestions.length
        ? html` ${ids.before} ${suggestions.map((id, i) => html`${i ? ', ' : ''}<code>${id}</code>`)}${ids.rest}`
        : nothing}
    </div>`;
  }

  #renderCard(view: ViewOfKind<K>): TemplateResult {
    // The figure says its label as its name; the caption is for the eye, or a listener would hear the label twice.
    const label = view.label ? html`<figcaption part="label" class="label" dir="auto" aria-hidden="true">${view.label}</figcaption>` : nothing;
    // No white space between the parts: each space would be one more text node in every widget.
    const text = html`${view.doubt ? html`<p part="doubt" class="doubt">${view.doubt}</p>` : nothing}${
      view.statement ? html`<p part="statement" class="statement" dir="auto">${view.statement}</p>` : nothing}${
      view.note
        ? html`<details part="note" class="note" ?open=${!!view.doubt}>
            <summary>${view.note.title}</summary>
            ${view.note.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
          </details>`
        : nothing}${
      view.source ? renderSource(view.source) : nothing}`;
    // A figure first (a stat's big number) has the words in a column of their own beside it on a wide card.
    return this.labelFirst
      ? html`<figure part="base" class="card" lang=${view.lang} aria-label=${view.title}>${label}${this.renderFigure(view)}${text}</figure>`
      : html`<figure part="base" class="card" lang=${view.lang} aria-label=${view.title}>${this.renderFigure(view)}<div class="text">${label}${text}</div></figure>`;
  }
}

/** What went wrong, when something thrown while resolving or rendering stops the widget. */
const failure = (error: unknown): { ok: false; problem: Problem } => ({
  ok: false,
  problem: problem(en.couldNotShow, { reason: error instanceof Error ? error.message : String(error) }),
});

/** The source line: a finding's parts separated by dots, or an author's own source, linked when it is a URL. */
function renderSource(line: SourceLine): TemplateResult {
  if (line.prefix) {
    const text = line.parts.join(' · ');
    return html`<p part="source" class="source">
      ${line.prefix} <bdi>${line.href ? html`<a href=${line.href} rel="noopener noreferrer">${text}</a>` : text}</bdi>
    </p>`;
  }
  // The parts are text, not elements of their own: three elements fewer in every card.
  return html`<p part="source" class="source">${line.parts.map((text, i) => (i ? html`<span class="sep" aria-hidden="true">·</span>${text}` : text))}</p>`;
}
