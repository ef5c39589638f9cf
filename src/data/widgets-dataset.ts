/**
 * The dataset cut to what the elements show: every figure, label, statement,
 * finding note and conflicting-value detail, and what the source line names
 * (report, sample sizes and coverage, publications). Fields only the data API,
 * the gallery's filters or the CLI read (tags, seeAlso, article headlines,
 * authors and reports, report years, notes on reports and articles, sample
 * sources) are left out or emptied, so the one-file CDN build does not carry
 * them. Still a `Dataset`: only optional fields dropped, lists emptied, nullable ones nulled.
 */
import type { Dataset } from './types.js';

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
    // Spread, then emptied: a finding's fields differ by kind, and every other one is shown.
    findings: full.findings.map((finding) => ({ ...finding, tags: [], seeAlso: undefined })),
  };
}
