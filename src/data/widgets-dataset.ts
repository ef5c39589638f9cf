/**
 * The dataset cut to what the elements show: every figure, label, statement,
 * finding note and conflicting-value detail, and what the source line names
 * (report, sample sizes and coverage, publications). Fields only the data API,
 * the gallery's filters or the CLI read (tags, seeAlso, article headlines,
 * authors and reports, report years, notes on reports and articles, sample
 * sources) are left out or emptied, so the one-file CDN build does not carry
 * them. Still a `Dataset`: only optional fields dropped, lists emptied, nullable ones nulled.
 */
import type { Dataset, Finding } from './types.js';

// Same data, smaller once compressed: findings of one report and audience side by side, and the fields every
// finding has first, in one order (a kind's own follow as the dataset has them).
const LEAD_FIELDS = ['id', 'kind', 'unit', 'audience', 'region', 'report', 'sources', 'tags', 'label', 'statement', 'note'] as const;
const byReportAndAudience = (a: Finding, b: Finding) => a.report.localeCompare(b.report) || a.audience.localeCompare(b.audience);

export function widgetsDataset(full: Dataset): Dataset {
  return {
    sources: full.sources.map(({ id, publication, machineTranslated }) => ({ id, publication, headline: null, author: null, reports: [], machineTranslated })),
    reports: full.reports.map(({ id, name, kind, publisher, samples, coverage }) => ({
      id,
      name,
      kind,
      publisher,
      year: null,
      samples: samples.map((sample) => ({ ...sample, sources: [] })),
      coverage: coverage.map(({ what, count, qualifier }) => ({ what, count, qualifier, sources: [] })),
    })),
    findings: [...full.findings].sort(byReportAndAudience).map((finding) => ({
      ...Object.fromEntries(LEAD_FIELDS.map((field) => [field, finding[field]])),
      ...finding,
      tags: [],
      seeAlso: undefined,
    })),
  };
}
