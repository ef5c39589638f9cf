/**
 * What the block editor's picker lists and checks: every finding with the
 * element that shows it, its audience and report, from the project's data
 * API; and what is wrong with a block's attributes, worded as the plugin's
 * PHP words it on the page. Pure, so tests/node runs it.
 */
import { AUDIENCE_NAMES, dataset, listFindings, suggestFindingIds, type Audience } from '../../src/data/index.js';
import { LANGUAGES, languageOf } from '../../src/view/locale.js';
import { TAG_FOR_KIND, THEMES, type Theme, type WidgetTag } from '../../src/view/widgets.js';

export interface Entry {
  id: string;
  tag: WidgetTag;
  label: string;
  audience: Audience;
  audienceName: string;
  report: string;
  reportName: string;
  /** Everything a search matches against, lower case. */
  haystack: string;
}

const reportNames = new Map(dataset.reports.map((report) => [report.id, report.name]));

/** Every finding, in dataset order. */
export const ENTRIES: readonly Entry[] = listFindings().map((finding) => {
  const reportName = reportNames.get(finding.report) ?? finding.report;
  const audienceName = AUDIENCE_NAMES[finding.audience];
  return {
    id: finding.id,
    tag: TAG_FOR_KIND[finding.kind],
    label: finding.label,
    audience: finding.audience,
    audienceName,
    report: finding.report,
    reportName,
    haystack: [finding.id, finding.label, finding.statement, audienceName, reportName, TAG_FOR_KIND[finding.kind]].join(' ').toLowerCase(),
  };
});

const byId = new Map(ENTRIES.map((entry) => [entry.id, entry]));

/** The entry of a finding id, or undefined. */
export function entryFor(id: string): Entry | undefined {
  return byId.get(id);
}

/** The audiences and reports that have findings, for the picker's filters: [value, name]. */
export const AUDIENCES_USED: ReadonlyArray<[Audience, string]> = [...new Map(ENTRIES.map((entry) => [entry.audience, entry.audienceName]))];
export const REPORTS_USED: ReadonlyArray<[string, string]> = [...new Map(ENTRIES.map((entry) => [entry.report, entry.reportName]))];

export interface Filter {
  /** Words, each of which must appear in the id, label, statement, audience, report or element name. */
  query: string;
  /** An audience, or '' for all. */
  audience: string;
  /** A report id, or '' for all. */
  report: string;
}

/** The entries matching a filter, grouped by report in dataset order. */
export function findEntries(filter: Filter): Array<{ report: string; reportName: string; entries: Entry[] }> {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, { report: string; reportName: string; entries: Entry[] }>();
  for (const entry of ENTRIES) {
    if (filter.audience && entry.audience !== filter.audience) continue;
    if (filter.report && entry.report !== filter.report) continue;
    if (!words.every((word) => entry.haystack.includes(word))) continue;
    const group = groups.get(entry.report) ?? { report: entry.report, reportName: entry.reportName, entries: [] };
    group.entries.push(entry);
    groups.set(entry.report, group);
  }
  return [...groups.values()];
}

export interface Attributes {
  finding: string;
  theme: string;
  locale: string;
}

/** Something wrong with a block's attributes; `suggestions` are finding ids to pick instead. */
export interface Problem {
  message: string;
  suggestions?: string[];
}

const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 80)}…` : text}"`;

/** The theme to show: the block's if valid, else light. */
export function themeOf(theme: string): Theme {
  return THEMES.find((known) => known === theme.trim()) ?? 'light';
}

/**
 * What is wrong with a block's attributes, as the page's note for editors says
 * it (includes/class-widget-request.php). An empty finding is not a problem
 * here: the block then shows the picker.
 */
export function attributeProblems(attributes: Attributes, siteLanguage: string): Problem[] {
  const problems: Problem[] = [];
  const id = attributes.finding.trim();
  if (id && !entryFor(id)) {
    problems.push({ message: `There is no finding ${quote(id)}.`, suggestions: suggestFindingIds(id) });
  }
  const theme = attributes.theme.trim();
  if (theme && themeOf(theme) !== theme) {
    problems.push({ message: `Unknown theme ${quote(theme)}: use ${THEMES.join(', ')}. Shown in the light theme.` });
  }
  const locale = attributes.locale.trim();
  if (locale && !languageOf(locale)) {
    problems.push({ message: `Unknown locale ${quote(locale)}: use one of ${LANGUAGES.join(', ')}. Shown in ${siteLanguage}.` });
  }
  return problems;
}
