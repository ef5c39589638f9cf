/**
 * Typed access to the bundled dataset: `microcredential-widgets/data`.
 * Plain data and functions, no Lit and no zod, so it works in Node, in a
 * bundler and in the browser alike.
 */
import { dataset } from './lookup.js';
import type { Audience, Finding, FindingKind, Region, Tag } from './types.js';

export type * from './types.js';
export * from './vocabulary.js';
export { dataset, getFinding, getReport, getSource, listFindings } from './lookup.js';
export { suggestFindingIds } from './suggest.js';

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
