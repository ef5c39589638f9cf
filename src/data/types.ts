/**
 * The dataset's TypeScript types, written out as plain types so that the
 * published declarations need no package at all (zod is a build-time tool
 * here). The zod schemas in `schema.ts` hold the rules; `schema.ts` also
 * checks, at type-check time, that each of these equals what its schema
 * accepts, so the two cannot drift.
 */
import type { AUDIENCES, CONFIDENCES, FINDING_KINDS, QUALIFIERS, REGIONS, REPORT_KINDS, TAGS, UNITS } from './vocabulary.js';

export type FindingKind = (typeof FINDING_KINDS)[number];
export type Unit = (typeof UNITS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Region = (typeof REGIONS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Tag = (typeof TAGS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type ReportKind = (typeof REPORT_KINDS)[number];

/** One of the articles the data was taken from. */
export interface Source {
  id: string;
  publication: string;
  /** As printed; null where the text gives none. */
  headline: string | null;
  author: { name: string; role?: string | undefined } | null;
  /** Ids of the reports the article covers. */
  reports: string[];
  machineTranslated: boolean;
  note?: string | undefined;
}

/** Who was asked, and how many, as one or more articles describe it. */
export interface Sample {
  audiences: Audience[];
  /** How the article names the group ("learners", "students and employers"). */
  who: string;
  count: number;
  qualifier?: Qualifier | undefined;
  region: Region;
  sources: string[];
}

/** The countries, regions or institutions a report covers. */
export interface Coverage {
  what: 'countries' | 'regions' | 'institutions';
  count: number;
  qualifier?: Qualifier | undefined;
  names?: string[] | undefined;
  sources: string[];
}

/** What was surveyed: a survey, or a provider's programme figures. */
export interface Report {
  id: string;
  name: string;
  kind: ReportKind;
  publisher: string;
  /** Only where the report's name or the articles give it. */
  year: number | null;
  fieldwork?: string | undefined;
  samples: Sample[];
  coverage: Coverage[];
  confidence?: { statement: string; sources: string[] } | undefined;
  note?: string | undefined;
}

/** A figure as stated: the number, how it is hedged and how an article words it. */
export interface ValueFields {
  value: number;
  qualifier?: Qualifier | undefined;
  /** How an article words it ("nine in ten", "three-quarters"). */
  phrasing?: string | undefined;
  /**
   * The articles give only the phrasing ("one in three"), no number: `value` is
   * the phrasing's arithmetic reading, for drawing only. Comes with `phrasing`.
   */
  phrasingOnly?: true | undefined;
}

/** A value another article gives for the same finding. */
export interface ConflictingValue {
  value: number;
  sources: string[];
  detail: string;
}

/** What every finding has, whatever its kind. */
export interface FindingBase {
  id: string;
  label: string;
  /** One sentence, ending with a full stop. */
  statement: string;
  unit: Unit;
  audience: Audience;
  region: Region;
  /** Id of the report the figure comes from. */
  report: string;
  /** Ids of every article that states the value. */
  sources: string[];
  tags: Tag[];
  note?: string | undefined;
  /** `doubtful` where the note doubts the figure. */
  confidence?: Confidence | undefined;
  conflictingValues?: ConflictingValue[] | undefined;
  /** Related findings; every link is two-way. */
  seeAlso?: string[] | undefined;
}

/** One value, optionally a range. */
export interface StatFinding extends FindingBase, ValueFields {
  kind: 'stat';
  /** Upper end where an article gives a range ("10–15%"). */
  valueTo?: number | undefined;
}

/** One labelled value of a comparison. */
export interface ComparisonValue extends ValueFields {
  label: string;
}

/** Two or more labelled values on one scale. */
export interface ComparisonFinding extends FindingBase {
  kind: 'comparison';
  values: ComparisonValue[];
  /** Why the values are not directly comparable, in one short sentence; shown instead of the difference. */
  notComparable?: string | undefined;
}

/** One dated value of a trend. */
export interface TrendPoint extends ValueFields {
  /** ISO 8601 year, year-month or date: "2023", "2023-05", "2023-05-01". */
  date: string;
}

/** Dated values in time order. */
export interface TrendFinding extends FindingBase {
  kind: 'trend';
  points: TrendPoint[];
}

export type Finding = StatFinding | ComparisonFinding | TrendFinding;

/** The whole dataset: the articles, the reports and the findings. */
export interface Dataset {
  sources: Source[];
  reports: Report[];
  findings: Finding[];
}
