/** The ids closest to a mistyped one: for the widgets' error box (loaded only with a problem to show) and the data API. */
import { listFindings } from './lookup.js';
import type { FindingKind } from './types.js';

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
  const candidates = listFindings().filter((finding) => options.kind === undefined || finding.kind === options.kind);
  return candidates
    .map((finding) => ({
      id: finding.id,
      score: (wanted && finding.id.includes(wanted) ? 0 : 1000) + editDistance(wanted, finding.id),
    }))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, options.count ?? 3)
    .map((candidate) => candidate.id);
}
