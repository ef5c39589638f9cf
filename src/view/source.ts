/** The source line of a finding: which survey, who and how many were asked, which articles report it. */
import { getReport, getSource } from '../data/lookup.js';
import type { Finding, Qualifier, Report } from '../data/types.js';
import { hedged, numberFormat } from './format.js';
import type { CatalogueMessage, Words } from './language.js';
import * as en from '../i18n/en.generated.js';

/** Where a sample was asked: "in 6 regions". */
const COVERAGE: Record<Report['coverage'][number]['what'], CatalogueMessage> = {
  countries: en.countries,
  regions: en.regions,
  institutions: en.institutions,
};

const counted = (entry: { count: number; qualifier?: Qualifier | undefined }, words: Words) =>
  hedged(numberFormat(words.locale).format(entry.count), entry.qualifier, words);

/**
 * Who was asked, for this finding: the sample naming its audience and region,
 * the narrowest first, and where ("more than 1,000 employers in 6 regions").
 * Undefined when no article sizes that group.
 */
export function describeSample(report: Report, finding: Finding, words: Words): string | undefined {
  const regions = finding.region === 'global-and-united-states' ? ['global', 'united-states'] : [finding.region];
  const parts: string[] = [];
  for (const region of regions) {
    const sample = report.samples
      .filter((candidate) => candidate.region === region && candidate.audiences.some((audience) => audience === finding.audience))
      .sort((a, b) => a.audiences.length - b.audiences.length)[0];
    if (!sample) continue;
    const who = words.say(en.sample, { n: counted(sample, words), who: words.sample(report.id, report.samples.indexOf(sample), sample.who) });
    // Where a global sample was asked (countries, regions, institutions), the narrowest first.
    const where =
      region === 'global'
        ? [...report.coverage]
            .sort((a, b) => (a.what === 'institutions' ? -1 : b.what === 'institutions' ? 1 : 0))
            .map((cover) => words.say(COVERAGE[cover.what], { n: counted(cover, words), count: cover.count }))
        : [];
    parts.push([who, ...where].join(' '));
  }
  return parts.length ? parts.join('; ') : undefined;
}

/** The publications that state a finding, the machine-translated one marked as such. */
export function reportedBy(finding: Finding, words: Words): string[] {
  return finding.sources.flatMap((id) => {
    const source = getSource(id);
    if (!source) return [];
    return [source.machineTranslated ? words.say(en.machineTranslation, { name: source.publication.replace(/\s*\(.*\)$/, '') }) : source.publication];
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
export function findingSource(finding: Finding, words: Words): SourceLine {
  const report = getReport(finding.report);
  const sample = report && (describeSample(report, finding, words) ?? (report.kind === 'survey' ? words.say(en.sampleUnknown) : undefined));
  return { parts: [report?.name ?? finding.report, ...(sample ? [sample] : []), words.say(en.reportedBy, { list: words.list(reportedBy(finding, words)) })] };
}

/** The source line as one string: "Micro-Credentials Impact Report 2025 · … · Reported by …". */
export function sourceText(line: SourceLine): string {
  return `${line.prefix ? `${line.prefix} ` : ''}${line.parts.join(' · ')}`;
}
