/** What the stories of all three elements share: pickers from the data's own lists, and frames. */
import { html as staticHtml, literal } from 'lit/static-html.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { queryFindings, UNITS, type FindingKind } from '../src/index.js';
import { LANGUAGES } from '../src/view/locale.js';
import { THEMES } from '../src/view/widgets.js';

/** Controls shared by every element; the finding picker lists only findings of the element's kind. */
export function sharedArgTypes(kind: FindingKind): Partial<ArgTypes> {
  return {
    finding: {
      control: 'select',
      options: ['', ...queryFindings({ kind }).map((finding) => finding.id)],
      description: `Id of a bundled ${kind} finding. Wins over the element's own values.`,
    },
    unit: { control: 'select', options: ['', ...UNITS] },
    theme: { control: 'inline-radio', options: THEMES },
    locale: {
      control: 'select',
      options: ['', ...LANGUAGES, 'de-AT', 'es-MX', 'fr-CA', 'ar-EG'],
      description: 'Words in its language (en, es, fr, de, tr, hi; others speak English), numbers in its format. Empty: the nearest `lang`.',
    },
    label: { control: 'text' },
    source: { control: 'text' },
  };
}

/** Shows a story in a column of the given width. */
export const width =
  (pixels: number): Decorator =>
  (story) =>
    html`<div style="inline-size: ${pixels}px; max-inline-size: 100%">${story()}</div>`;

/** A dark page behind a dark-theme story, as a reader in dark mode would see it. */
export const darkPage: Decorator = (story) =>
  html`<div style="background: #0d0f12; padding: 1rem">${story()}</div>`;

/** Args without empty values, so an empty control means "attribute absent". */
export const present = (value: unknown): string | undefined =>
  value === undefined || value === null || value === '' ? undefined : String(value);

export type WidgetArgs = Partial<Record<'finding' | 'unit' | 'theme' | 'locale' | 'label' | 'source' | 'value' | 'data', string>>;

export type Render = (args: WidgetArgs) => TemplateResult;

const TAGS = {
  'stat-card': literal`stat-card`,
  'comparison-bar': literal`comparison-bar`,
  'trend-line': literal`trend-line`,
};

/** The render function of an element's stories: every control becomes an attribute, empty ones are left out. */
export const renderWidget =
  (tag: keyof typeof TAGS): Render =>
  (args) =>
    staticHtml`<${TAGS[tag]}
      finding=${ifDefined(present(args.finding))}
      value=${ifDefined(present(args.value))}
      data=${ifDefined(present(args.data))}
      unit=${ifDefined(present(args.unit))}
      label=${ifDefined(present(args.label))}
      source=${ifDefined(present(args.source))}
      theme=${ifDefined(present(args.theme))}
      locale=${ifDefined(present(args.locale))}
    ></${TAGS[tag]}>`;
