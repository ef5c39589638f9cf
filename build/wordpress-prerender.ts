/**
 * What the WordPress plugin shows before (and without) its script: every
 * finding in every language, server-rendered by the project's own `html`
 * export, cut into the pieces the plugin's PHP puts back together. Each
 * element's stylesheet is stored once instead of once per finding and
 * language; the PHP writes it into every shadow root it prints.
 */
import { listFindings } from '../src/data/index.js';
import { renderFinding } from '../src/export/index.js';
import { LANGUAGES, type Language } from '../src/view/locale.js';
import { STATIC_THEMES, TAG_FOR_KIND, WIDGET_TAGS, type WidgetTag } from '../src/view/widgets.js';

/** One finding, server-rendered: what goes inside its shadow root after the stylesheet, and the fallback text after that root. */
export interface PrerenderedFinding {
  shadow: string;
  fallback: string;
}

export interface Prerendered {
  /** The opening tag of the declarative shadow root, as the renderer writes it. */
  template: string;
  /** Each element's stylesheet, the same for every finding it shows. */
  styles: Record<WidgetTag, string>;
  /** Every finding id and the element that shows it, in dataset order. */
  findings: Record<string, WidgetTag>;
  /** Per language, per finding id. */
  languages: Record<Language, Record<string, PrerenderedFinding>>;
}

/** The pieces of one `html` export: host element, shadow root (its opening tag, stylesheet, content) and fallback. */
interface HtmlExportParts {
  tag: WidgetTag;
  template: string;
  style: string;
  shadow: string;
  fallback: string;
}

const EXPORT_SHAPE = new RegExp(
  `<(${WIDGET_TAGS.join('|')})\\b[^>]*>(<template\\b[^>]*>)<style>([\\s\\S]*?)</style>([\\s\\S]*)</template>([\\s\\S]*)</\\1>`,
);

/** Cuts one `html` export into its pieces; throws, naming what it expected, if the renderer's output changed shape. */
export function splitHtmlExport(html: string): HtmlExportParts {
  const match = EXPORT_SHAPE.exec(html);
  if (!match) throw new Error('the html export no longer reads <tag …><template …><style>…</style>…</template>fallback</tag>');
  const [, tag, template, style, shadow, fallback] = match as unknown as [string, WidgetTag, string, string, string, string];
  return { tag, template, style, shadow, fallback };
}

/** Fails the build when two renders disagree where the plugin keeps one copy. */
function same(what: string, kept: string, other: string): void {
  if (kept !== other) throw new Error(`${what} differ between renders, but the plugin stores one copy: store them separately`);
}

/**
 * Every finding in every language and theme. The theme is only an attribute
 * of the host (the element's stylesheet switches on it, `auto` by the reader's
 * system setting), so the shadow root and fallback are stored once per
 * language; this checks that they are the same in every theme it renders.
 */
export function prerender(): Prerendered {
  let template: string | undefined;
  const styles: Partial<Record<WidgetTag, string>> = {};
  const findings: Record<string, WidgetTag> = {};
  const languages: Partial<Record<Language, Record<string, PrerenderedFinding>>> = {};
  for (const language of LANGUAGES) {
    const rendered: Record<string, PrerenderedFinding> = {};
    for (const finding of listFindings()) {
      const tag = TAG_FOR_KIND[finding.kind];
      findings[finding.id] = tag;
      for (const theme of STATIC_THEMES) {
        const output = renderFinding(tag, finding.id, 'html', { theme, locale: language });
        if (!output.ok) throw new Error(`${finding.id} (${language}, ${theme}): ${output.problem}`);
        const parts = splitHtmlExport(output.value);
        if (parts.tag !== tag) throw new Error(`${finding.id}: rendered as <${parts.tag}>, expected <${tag}>`);
        template ??= parts.template;
        same('shadow root tags', template, parts.template);
        styles[tag] ??= parts.style;
        same(`<${tag}> stylesheets`, styles[tag], parts.style);
        const kept = (rendered[finding.id] ??= { shadow: parts.shadow, fallback: parts.fallback });
        same(`${finding.id} (${language}) shadow roots`, kept.shadow, parts.shadow);
        same(`${finding.id} (${language}) fallbacks`, kept.fallback, parts.fallback);
      }
    }
    languages[language] = rendered;
  }
  if (!template) throw new Error('the dataset has no findings');
  return { template, styles: styles as Record<WidgetTag, string>, findings, languages: languages as Record<Language, Record<string, PrerenderedFinding>> };
}
