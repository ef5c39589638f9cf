/**
 * The bundled dataset, looked up: what the widgets read. The data API
 * (index.ts) adds queries and suggestions.
 */
import { dataset } from './dataset.generated.js';
import type { Finding, Report, Source } from './types.js';

export { dataset };

/** Every finding, in dataset order. */
export function listFindings(): readonly Finding[] {
  return dataset.findings;
}

/** The finding with this id, or undefined. */
export function getFinding(id: string): Finding | undefined {
  // A scan, not an object lookup: an id such as "__proto__" or "constructor" must find nothing.
  return dataset.findings.find((finding) => finding.id === id);
}

/** The report (survey or programme figures) with this id, or undefined. */
export function getReport(id: string): Report | undefined {
  return dataset.reports.find((report) => report.id === id);
}

/** The source article with this id, or undefined. */
export function getSource(id: string): Source | undefined {
  return dataset.sources.find((source) => source.id === id);
}
