/** Plain-text renderings of a finding's figures, for the findings table and the fallback text. */
import { formatQualified, formatRange } from '../shared/format.js';
import type { Finding } from './types.js';

/** A finding's figure(s) on one line: "90%", "+10–15%", "36% | 77% | 88%", "55% (2023) → 94% (2025)". */
export function describeFigures(finding: Finding, locale = 'en'): string {
  switch (finding.kind) {
    case 'stat':
      return finding.valueTo === undefined
        ? formatQualified(finding, finding.unit, locale)
        : formatRange(finding.value, finding.valueTo, finding.unit, locale);
    case 'comparison':
      return finding.values.map((entry) => formatQualified(entry, finding.unit, locale)).join(' | ');
    case 'trend':
      return finding.points.map((point) => `${formatQualified(point, finding.unit, locale)} (${point.date})`).join(' → ');
  }
}
