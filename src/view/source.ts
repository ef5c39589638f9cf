/** The source line of a finding: which survey, who and how many were asked, which articles report it. */
import { getReport, getSource } from '../data/index.js';
import type { Finding, Report } from '../data/types.js';
import type { Qualifier } from '../data/types.js';
import { numberFormat, QUALIFIER_WORDS } from './format.js';

function counted(entry: { count: number; qualifier?: Qualifier | undefined }, locale: string) {
  return `${entry.qualifier ? `${QUALIFIER_WORDS[entry.qualifier]} ` : ''}${numberFormat(locale).format(entry.count)}`;
}

const COVERAGE_PREPOSITION = { countries: 'in', regions: 'in', institutions: 'at' } as const;

/**
 * Who was asked, for this finding: the sample naming its audience and region,
 * the narrowest first, and where ("more than 1,000 employers in 6 regions").
 * Undefined when no article sizes that group.
 */
export function describeSample(report: Report, finding: Finding, locale: string): string | undefined {
  const regions = finding.region === 'global-and-united-states' ? (['global', 'united-states'] as const) : [finding.region];
  const parts: string[] = [];
  for (const region of regions) {
    const sample = report.samples
      .filter((candidate) => candidate.region === region && candidate.audiences.some((audience) => audience === finding.audience))
      .sort((a, b) => a.audiences.length - b.audiences.length)[0];
    if (!sample) continue;
    if (region === 'global') {
      const where = [...report.coverage]
        .sort((a, b) => (a.what === 'institutions' ? -1 : b.what === 'institutions' ? 1 : 0))
        .map((cover) => `${COVERAGE_PREPOSITION[cover.what]} ${counted(cover, locale)} ${cover.what}`);
      parts.push([`${counted(sample, locale)} ${sample.who}`, ...where].join(' '));
    } else {
      parts.push(regions.length > 1 ? `US: ${counted(sample, locale)} ${sample.who.replace(/^US /, '')}` : `${counted(sample, locale)} ${sample.who}`);
    }
  }
  return parts.length ? parts.join('; ') : undefined;
}

/** The publications that state a finding, the machine-translated one marked as such. */
export function reportedBy(finding: Finding): string[] {
  return finding.sources.flatMap((id) => {
    const source = getSource(id);
    if (!source) return [];
    return [source.machineTranslated ? `${source.publication.replace(/\s*\(.*\)$/, '')} (machine translation)` : source.publication];
  });
}

/**
 * A source line in parts, shown joined by " · ": for a finding the report, who
 * was asked and who reported it; for an author's own values their `source`
 * text, with a link only when it is an http(s) URL.
 */
export interface SourceLine {
  /** Words before the parts ("Source:"), for an author's own source. */
  prefix?: string | undefined;
  parts: string[];
  /** Where the (single) part links to. */
  href?: string | undefined;
}

/** The source line of a bundled finding. */
export function findingSource(finding: Finding, locale: string): SourceLine {
  const report = getReport(finding.report);
  const sample = report && (describeSample(report, finding, locale) ?? (report.kind === 'survey' ? 'number asked not given' : undefined));
  return { parts: [report?.name ?? finding.report, ...(sample ? [sample] : []), `Reported by ${reportedBy(finding).join(', ')}`] };
}

/** The source line as one string: "Micro-Credentials Impact Report 2025 · … · Reported by …". */
export function sourceText(line: SourceLine): string {
  return `${line.prefix ? `${line.prefix} ` : ''}${line.parts.join(' · ')}`;
}
