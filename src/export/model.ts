/**
 * A finding prepared for the static formats (email HTML, SVG): every text
 * already worded and formatted, so each format only lays it out.
 */
import type { Finding, Unit } from '../data/types.js';
import { attributionFor } from '../shared/attribution.js';
import { headline } from '../shared/headline.js';
import type { SeriesValue } from '../shared/series.js';
import { formatQualified } from '../shared/format.js';
import { comparisonCallout, comparisonSentence, highlightedIndex, trendCallout, trendSentence, type Callout } from '../shared/wording.js';
import { PALETTES, type Palette } from '../shared/palette.js';

export const THEMES = ['light', 'dark'] as const;
export type ExportTheme = (typeof THEMES)[number];

export interface ExportOptions {
  theme: ExportTheme;
  locale: string;
  /** Width of the whole card in CSS pixels. */
  width: number;
}

interface Common {
  label: string;
  statement: string;
  /** The sentence a screen reader gets for the figure or chart. */
  sentence: string;
  /** Where the articles disagree, in one paragraph; empty when they agree. */
  note: string;
  source: string;
  palette: Palette;
}

export type ExportModel =
  | (Common & { kind: 'stat'; hedge?: string | undefined; figure: string })
  | (Common & { kind: 'comparison'; unit: Unit; values: SeriesValue[]; shown: string[]; highlighted: number; callout?: Callout | undefined })
  | (Common & { kind: 'trend'; unit: Unit; points: SeriesValue[]; shown: string[]; callout?: Callout | undefined });

/** The source line, as the elements show it: report · who was asked · who reported it. */
export function sourceLine(finding: Finding, locale: string): string {
  const attribution = attributionFor(finding, locale);
  return [attribution.report, attribution.sample, `Reported by ${attribution.reportedBy.join(', ')}`].filter(Boolean).join(' · ');
}

export function exportModel(finding: Finding, options: ExportOptions): ExportModel {
  const { locale } = options;
  const common = {
    label: finding.label,
    statement: finding.statement,
    note: [finding.note, ...(finding.conflictingValues ?? []).map((entry) => entry.detail)].filter(Boolean).join(' '),
    source: sourceLine(finding, locale),
    palette: PALETTES[options.theme],
  };
  switch (finding.kind) {
    case 'stat': {
      const { hedge, figure } = headline(finding, locale);
      return { ...common, kind: 'stat', hedge, figure, sentence: `${finding.label}: ${hedge ? `${hedge.toLowerCase()} ` : ''}${figure}.` };
    }
    case 'comparison':
      return {
        ...common,
        kind: 'comparison',
        unit: finding.unit,
        values: finding.values,
        shown: finding.values.map((entry) => formatQualified(entry, finding.unit, locale)),
        highlighted: highlightedIndex(finding.values),
        callout: comparisonCallout(finding.values, finding.unit, locale),
        sentence: comparisonSentence(finding.label, finding.values, finding.unit, locale),
      };
    case 'trend': {
      const points = finding.points.map((point) => ({ ...point, label: point.date }));
      return {
        ...common,
        kind: 'trend',
        unit: finding.unit,
        points,
        shown: points.map((point) => formatQualified(point, finding.unit, locale)),
        callout: trendCallout(points, finding.unit, locale),
        sentence: trendSentence(finding.label, points, finding.unit, locale),
      };
    }
  }
}
