/**
 * The widgets by name: which element shows which kind of finding, and the
 * themes. A plain module, so the gallery, the embed page, the CLI and the
 * bench can name the widgets without loading Lit.
 */
import type { FindingKind } from '../data/types.js';

/** The element that shows each kind of finding. */
export const TAG_FOR_KIND = {
  stat: 'stat-card',
  comparison: 'comparison-bar',
  trend: 'trend-line',
} as const satisfies Record<FindingKind, string>;

export type WidgetTag = (typeof TAG_FOR_KIND)[FindingKind];

/** Every element's tag name. */
export const WIDGET_TAGS: readonly WidgetTag[] = /* @__PURE__ */ Object.values(TAG_FOR_KIND);

/** The kind of finding an element shows, from its tag; undefined for any other name. */
export function kindForTag(tag: string): FindingKind | undefined {
  return (Object.keys(TAG_FOR_KIND) as FindingKind[]).find((kind) => TAG_FOR_KIND[kind] === tag);
}

/** The elements' `theme` values: `auto` follows the reader's system setting. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The themes a static output (email, SVG, PNG) can be drawn in: it cannot follow the reader's system. */
export const STATIC_THEMES = ['light', 'dark'] as const;
export type StaticTheme = (typeof STATIC_THEMES)[number];
