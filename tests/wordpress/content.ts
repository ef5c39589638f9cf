/**
 * What the WordPress tests put into posts, and what a page must then show:
 * one finding of each kind, as a block and as a shortcode, and input no page
 * can show as written.
 */
import { listFindings, type Finding, type FindingKind } from '../../src/data/index.js';
import { viewOf } from '../../src/view/index.js';
import { FINDING_KINDS } from '../../src/data/vocabulary.js';
import { TAG_FOR_KIND, type WidgetTag } from '../../src/view/widgets.js';
import { prerender, type Prerendered } from '../../build/wordpress-prerender.js';

/** The first finding of each kind in the dataset. */
export const EXAMPLES: ReadonlyArray<{ kind: FindingKind; finding: Finding; tag: WidgetTag }> = FINDING_KINDS.map((kind) => {
  const finding = listFindings().find((candidate) => candidate.kind === kind);
  if (!finding) throw new Error(`the dataset has no ${kind} finding`);
  return { kind, finding, tag: TAG_FOR_KIND[kind] };
});

/** A value the widget shows in its figure or chart, as the project's view model words it. */
export function shownValue(finding: Finding, locale: string): string {
  const view = viewOf(finding, { locale });
  switch (view.kind) {
    case 'stat':
      return view.figure;
    case 'comparison':
      return view.bars[0]?.shown ?? '';
    case 'trend':
      return view.points.at(-1)?.shown ?? '';
  }
}

let prerendered: Prerendered | undefined;

/**
 * The exact markup the plugin must print for a finding: the element, its
 * declarative shadow root with the element's stylesheet, and the fallback;
 * from the project's renderer, independently of the plugin's PHP.
 */
export function expectedMarkup(finding: Finding, options: { theme: string; language: string; className?: string }): string {
  prerendered ??= prerender();
  const tag = TAG_FOR_KIND[finding.kind];
  const { shadow, fallback } = prerendered.languages[options.language as 'en'][finding.id] ?? { shadow: '', fallback: '' };
  const className = options.className ? ` class="${options.className}"` : '';
  return `<${tag} finding="${finding.id}" theme="${options.theme}" locale="${options.language}"${className}>${prerendered.template}<style>${prerendered.styles[tag]}</style>${shadow}</template>${fallback}</${tag}>`;
}

/** The fallback text of a finding, as the plugin prints it in feeds. */
export function expectedFallback(finding: Finding, language: string): string {
  prerendered ??= prerender();
  return prerendered.languages[language as 'en'][finding.id]?.fallback ?? '';
}

/** A block as the block editor saves it: its serializer escapes what could end the comment or read as markup. */
export function block(attributes: Record<string, unknown>): string {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:microcredential-widgets/finding ${json} /-->`;
}

export const paragraph = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

/** The class WordPress gives the block's element. */
export const BLOCK_CLASS = 'wp-block-microcredential-widgets-finding';

/** The paragraph after the widgets, which bad input must not swallow. */
export const NEIGHBOUR = 'The paragraph after the widgets is intact.';

/** Blocks no page can show as written; in the comments, what the page shows instead. */
export const BAD_BLOCKS = [
  block({ finding: 'employers-higher-salary' }), // unknown: a note with the closest ids
  block({ finding: '' }), // empty
  block({ finding: 123 }), // not a string: WordPress drops it, so empty
  block({ finding: ['employers-higher-starting-salary'] }), // not a string
  block({ finding: '"><script>alert(1)</script>' }), // kses strips the script on save; the rest is unknown
  block({ finding: 'javascript:alert(1)', theme: '" onmouseover="alert(1)', locale: '<img src=x onerror=alert(1)>' }),
  block({ finding: 'employers-higher-starting-salary', theme: 'purple' }), // shown, light theme, and a note
  block({ finding: 'employers-higher-starting-salary', locale: 'xx-not-a-locale' }), // shown, site language, and a note
];

export const BAD_SHORTCODES = [
  '[microcredential]',
  '[microcredential finding="nope"]',
  `[microcredential finding='"><svg onload=alert(1)>']`,
  '[microcredential finding="students-want-credit-bearing" theme="javascript:alert(1)" locale="de-AT"]', // shown, German, and a note
];

/** How many of the bad blocks and shortcodes still show a widget (a valid id with a wrong theme or locale). */
export const BAD_BUT_SHOWN = 3;
