/**
 * Typed access to the bundled dataset: `microcredential-widgets/data`.
 * Plain data and functions, no Lit and no zod, so it works in Node, in a
 * bundler and in the browser alike.
 */
import { dataset } from './dataset.generated.js';
import type { Audience, Finding, FindingKind, Region, Report, Source, Tag } from './types.js';

export type * from './types.js';
export * from './vocabulary.js';
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

export interface FindingQuery {
  audience?: Audience;
  report?: string;
  kind?: FindingKind;
  tag?: Tag;
  region?: Region;
  /** A source article id: findings that article states. */
  source?: string;
}

/** The findings matching every given criterion, in dataset order. */
export function queryFindings(query: FindingQuery = {}): Finding[] {
  return dataset.findings.filter(
    (finding) =>
      (query.audience === undefined || finding.audience === query.audience) &&
      (query.report === undefined || finding.report === query.report) &&
      (query.kind === undefined || finding.kind === query.kind) &&
      (query.tag === undefined || finding.tags.includes(query.tag)) &&
      (query.region === undefined || finding.region === query.region) &&
      (query.source === undefined || finding.sources.includes(query.source)),
  );
}

/** Levenshtein distance, for suggesting the id an author probably meant. (Every index read is within its row.) */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The ids closest to a mistyped one, nearest first: an id containing what was
 * typed ranks first, then by edit distance. Optionally only findings of one kind.
 */
export function suggestFindingIds(typed: string, options: { kind?: FindingKind; count?: number } = {}): string[] {
  const wanted = typed.trim().toLowerCase().slice(0, 200);
  const candidates = dataset.findings.filter((finding) => options.kind === undefined || finding.kind === options.kind);
  return candidates
    .map((finding) => ({
      id: finding.id,
      score: (wanted && finding.id.includes(wanted) ? 0 : 1000) + editDistance(wanted, finding.id),
    }))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, options.count ?? 3)
    .map((candidate) => candidate.id);
}
