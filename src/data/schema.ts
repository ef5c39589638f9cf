/**
 * The dataset's rules, as zod schemas. Used at build and test time only:
 * the browser gets the already-validated data and never loads full zod.
 */
import { z } from 'zod';
import {
  AUDIENCES,
  CONFIDENCES,
  FINDING_KINDS,
  QUALIFIERS,
  REGIONS,
  REPORT_KINDS,
  TAGS,
  UNITS,
} from './vocabulary.js';
import type { ComparisonFinding, ComparisonValue, Dataset, Finding, Report, Source, StatFinding, TrendFinding, TrendPoint } from './types.js';
import { unitRangeProblem } from './units.js';

export const findingKindSchema = z.enum(FINDING_KINDS);
export const unitSchema = z.enum(UNITS);
export const audienceSchema = z.enum(AUDIENCES);
export const regionSchema = z.enum(REGIONS);
export const qualifierSchema = z.enum(QUALIFIERS);
export const tagSchema = z.enum(TAGS);
export const reportKindSchema = z.enum(REPORT_KINDS);
export const confidenceSchema = z.enum(CONFIDENCES);

/**
 * Words the machine-translated article uses for "micro-credential". None may
 * reach the dataset's own text.
 */
export const GARBLE_PATTERN =
  /microscop\w*|micro-?belie\w*|microbeliever\w*|microfaith|micro-?conviction\w*|micro[- ]?awards?|micro[- ]?rewards?|micro[- ]?applications?|micro[- ]?earnings?|micro[- ]?holders?|micro[- ]?learners?|micro[- ]?degrees?|micro[- ]?promotions?|micro[- ]?certification/i;

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "employers-higher-starting-salary"');

/** Text the project writes itself: not empty, no surrounding spaces, no garble. */
const ownText = z
  .string()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    if (text.trim() !== text) ctx.addIssue({ code: 'custom', message: 'must not start or end with spaces' });
    if (text.trim() === '') ctx.addIssue({ code: 'custom', message: 'must not be blank' });
    const garble = GARBLE_PATTERN.exec(text);
    if (garble) {
      ctx.addIssue({
        code: 'custom',
        message: `contains machine-translation garble "${garble[0]}": write "micro-credential"`,
      });
    }
  });

/** A statement is one sentence: it ends with a full stop and holds no other sentence end. */
const sentence = ownText.superRefine((text, ctx) => {
  if (!/[.]$/.test(text)) ctx.addIssue({ code: 'custom', message: 'must be one sentence ending with a full stop' });
  if (/[.!?]\s+[A-Z]/.test(text.slice(0, -1))) {
    ctx.addIssue({ code: 'custom', message: 'must be a single sentence' });
  }
});

/** `notComparable` is shown in place of a chart's difference call-out, so it stays short. */
export const NOT_COMPARABLE_MAX = 160;

const number = z.number().refine(Number.isFinite, 'must be a finite number');
const sourceIds = z.array(kebabId).min(1, 'must name at least one source');

export const sourceSchema = z.strictObject({
  id: kebabId,
  publication: ownText,
  /** As printed; null where the text gives none. Quoted, so not checked for garble. */
  headline: z.string().min(1).nullable(),
  author: z.strictObject({ name: ownText, role: ownText.optional() }).nullable(),
  reports: z.array(kebabId).min(1, 'must name the report(s) the article covers'),
  machineTranslated: z.boolean(),
  note: ownText.optional(),
});

const sampleSchema = z.strictObject({
  audiences: z.array(audienceSchema).min(1),
  /** How the article names the group ("learners", "students and employers"). */
  who: ownText,
  count: z.number().int().positive(),
  qualifier: qualifierSchema.optional(),
  region: regionSchema,
  sources: sourceIds,
});

const coverageSchema = z.strictObject({
  what: z.enum(['countries', 'regions', 'institutions']),
  count: z.number().int().positive(),
  qualifier: qualifierSchema.optional(),
  names: z.array(ownText).optional(),
  sources: sourceIds,
});

export const reportSchema = z.strictObject({
  id: kebabId,
  name: ownText,
  kind: reportKindSchema,
  publisher: ownText,
  /** Only where the report's name or the articles give it. */
  year: z.number().int().min(2000).max(2100).nullable(),
  fieldwork: ownText.optional(),
  samples: z.array(sampleSchema),
  coverage: z.array(coverageSchema),
  confidence: z.strictObject({ statement: ownText, sources: sourceIds }).optional(),
  note: ownText.optional(),
});

const valueFields = {
  value: number,
  qualifier: qualifierSchema.optional(),
  /** How an article words it ("nine in ten", "three-quarters"). */
  phrasing: ownText.optional(),
  /**
   * The articles give only the phrasing ("one in three"), no number: `value` is
   * the phrasing's arithmetic reading, for drawing only. Requires `phrasing`.
   */
  phrasingOnly: z.literal(true).optional(),
};

const conflictingValueSchema = z.strictObject({
  value: number,
  sources: sourceIds,
  detail: ownText,
});

const findingBase = {
  id: kebabId,
  label: ownText,
  statement: sentence,
  unit: unitSchema,
  audience: audienceSchema,
  region: regionSchema,
  report: kebabId,
  sources: sourceIds,
  tags: z.array(tagSchema).min(1, 'must have at least one tag'),
  note: ownText.optional(),
  /** `doubtful` where the note doubts the figure; requires the note. */
  confidence: confidenceSchema.optional(),
  conflictingValues: z.array(conflictingValueSchema).optional(),
  /** Related findings; every link is two-way. */
  seeAlso: z.array(kebabId).optional(),
};

export const statFindingSchema = z.strictObject({
  ...findingBase,
  kind: z.literal('stat'),
  ...valueFields,
  /** Upper end where an article gives a range ("10–15%"). */
  valueTo: number.optional(),
});

export const comparisonValueSchema = z.strictObject({ label: ownText, ...valueFields });

export const comparisonFindingSchema = z.strictObject({
  ...findingBase,
  kind: z.literal('comparison'),
  values: z.array(comparisonValueSchema).min(2, 'a comparison needs at least two values'),
  /**
   * Why the values are not directly comparable (different questions, overlapping
   * samples), in one short sentence; shown instead of the difference between them.
   */
  notComparable: sentence
    .refine((text) => text.length < NOT_COMPARABLE_MAX, `must be shorter than ${NOT_COMPARABLE_MAX} characters`)
    .optional(),
});

export const trendPointSchema = z.strictObject({
  /** ISO 8601 year, year-month or date: "2023", "2023-05", "2023-05-01". */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date such as "2023" or "2023-05"'),
  ...valueFields,
});

export const trendFindingSchema = z.strictObject({
  ...findingBase,
  kind: z.literal('trend'),
  points: z.array(trendPointSchema).min(2, 'a trend needs at least two points'),
});

export const findingSchema = z.discriminatedUnion('kind', [
  statFindingSchema,
  comparisonFindingSchema,
  trendFindingSchema,
]);

type FindingInput = z.infer<typeof findingSchema>;

/** Every number a finding states, with the path it sits at, for the range check. */
function numbersOf(finding: FindingInput): Array<{ path: (string | number)[]; value: number }> {
  const found: Array<{ path: (string | number)[]; value: number }> = [];
  if (finding.kind === 'stat') {
    found.push({ path: ['value'], value: finding.value });
    if (finding.valueTo !== undefined) found.push({ path: ['valueTo'], value: finding.valueTo });
  } else if (finding.kind === 'comparison') {
    finding.values.forEach((entry, i) => found.push({ path: ['values', i, 'value'], value: entry.value }));
  } else {
    finding.points.forEach((point, i) => found.push({ path: ['points', i, 'value'], value: point.value }));
  }
  finding.conflictingValues?.forEach((entry, i) =>
    found.push({ path: ['conflictingValues', i, 'value'], value: entry.value }),
  );
  return found;
}

/** Every value entry a finding holds (the stat itself, comparison values, trend points), with its path. */
function valueEntriesOf(
  finding: FindingInput,
): Array<{ path: (string | number)[]; entry: { phrasing?: string | undefined; phrasingOnly?: true | undefined } }> {
  if (finding.kind === 'stat') return [{ path: [], entry: finding }];
  if (finding.kind === 'comparison') return finding.values.map((entry, i) => ({ path: ['values', i], entry }));
  return finding.points.map((entry, i) => ({ path: ['points', i], entry }));
}

export const datasetSchema = z
  .strictObject({
    sources: z.array(sourceSchema).min(1),
    reports: z.array(reportSchema).min(1),
    findings: z.array(findingSchema).min(1),
  })
  .superRefine((dataset, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

    const sourceIdSet = new Set<string>();
    dataset.sources.forEach((source, i) => {
      if (sourceIdSet.has(source.id)) issue(['sources', i, 'id'], `duplicate source id "${source.id}"`);
      sourceIdSet.add(source.id);
    });
    const reportIdSet = new Set<string>();
    dataset.reports.forEach((report, i) => {
      if (reportIdSet.has(report.id)) issue(['reports', i, 'id'], `duplicate report id "${report.id}"`);
      reportIdSet.add(report.id);
    });
    const findingIdSet = new Set<string>();
    const findingById = new Map<string, FindingInput>();
    dataset.findings.forEach((finding, i) => {
      if (findingIdSet.has(finding.id)) issue(['findings', i, 'id'], `duplicate finding id "${finding.id}"`);
      findingIdSet.add(finding.id);
      if (!findingById.has(finding.id)) findingById.set(finding.id, finding);
    });

    const checkSources = (ids: readonly string[], path: (string | number)[]) =>
      ids.forEach((id, j) => {
        if (!sourceIdSet.has(id)) issue([...path, j], `unknown source id "${id}"`);
      });

    dataset.sources.forEach((source, i) =>
      source.reports.forEach((id, j) => {
        if (!reportIdSet.has(id)) issue(['sources', i, 'reports', j], `unknown report id "${id}"`);
      }),
    );
    dataset.reports.forEach((report, i) => {
      report.samples.forEach((sample, j) => checkSources(sample.sources, ['reports', i, 'samples', j, 'sources']));
      report.coverage.forEach((cover, j) => checkSources(cover.sources, ['reports', i, 'coverage', j, 'sources']));
      if (report.confidence) checkSources(report.confidence.sources, ['reports', i, 'confidence', 'sources']);
    });

    const citedSources = new Set<string>();
    dataset.findings.forEach((finding, i) => {
      const at = (...rest: (string | number)[]) => ['findings', i, ...rest];
      if (!reportIdSet.has(finding.report)) issue(at('report'), `unknown report id "${finding.report}"`);
      checkSources(finding.sources, at('sources'));
      finding.sources.forEach((id) => citedSources.add(id));
      if (new Set(finding.sources).size !== finding.sources.length) issue(at('sources'), 'names a source twice');
      if (new Set(finding.tags).size !== finding.tags.length) issue(at('tags'), 'names a tag twice');
      finding.conflictingValues?.forEach((entry, j) => checkSources(entry.sources, at('conflictingValues', j, 'sources')));
      if (finding.seeAlso && new Set(finding.seeAlso).size !== finding.seeAlso.length) issue(at('seeAlso'), 'names a finding twice');
      finding.seeAlso?.forEach((id, j) => {
        if (id === finding.id) issue(at('seeAlso', j), 'must not name the finding itself');
        else if (!findingIdSet.has(id)) issue(at('seeAlso', j), `unknown finding id "${id}"`);
        else if (!findingById.get(id)?.seeAlso?.includes(finding.id)) {
          issue(at('seeAlso', j), `seeAlso "${finding.id}" → "${id}" is one-way: add "${finding.id}" to the seeAlso of "${id}"`);
        }
      });
      if (finding.confidence === 'doubtful' && finding.note === undefined) {
        issue(at('confidence'), 'a doubtful finding needs a note saying why it is doubted');
      }
      for (const { path, entry } of valueEntriesOf(finding)) {
        if (entry.phrasingOnly && entry.phrasing === undefined) {
          issue(at(...path, 'phrasingOnly'), 'phrasingOnly needs the phrasing the articles give (add `phrasing`)');
        }
      }

      for (const { path, value } of numbersOf(finding)) {
        const problem = unitRangeProblem(value, finding.unit);
        if (problem) issue(at(...path), problem);
      }
      if (finding.kind === 'stat' && finding.valueTo !== undefined && finding.valueTo <= finding.value) {
        issue(at('valueTo'), `must be greater than value (${finding.value}) to form a range`);
      }
      if (finding.kind === 'trend') {
        finding.points.forEach((point, j) => {
          const previous = finding.points[j - 1];
          if (previous && point.date <= previous.date) {
            issue(at('points', j, 'date'), `trend points must be in time order: "${point.date}" does not come after "${previous.date}"`);
          }
        });
      }
      if (finding.kind === 'comparison') {
        const labels = finding.values.map((entry) => entry.label);
        if (new Set(labels).size !== labels.length) issue(at('values'), 'two values share a label');
      }
    });

    dataset.sources.forEach((source, i) => {
      if (!citedSources.has(source.id)) issue(['sources', i, 'id'], `source "${source.id}" is not cited by any finding`);
    });
  });

export type DatasetInput = z.input<typeof datasetSchema>;

/** True only when A and B are the same type: every field, its optionality and its values. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Accepts only a list of `true`. */
type AllTrue<T extends true[]> = T;

/**
 * The published types (`types.ts`) are written out so they need no zod; each
 * must be exactly what its schema accepts, or this stops the type check.
 */
export type TypesMatchSchemas = AllTrue<[
  Same<Dataset, z.infer<typeof datasetSchema>>,
  Same<Source, z.infer<typeof sourceSchema>>,
  Same<Report, z.infer<typeof reportSchema>>,
  Same<Finding, z.infer<typeof findingSchema>>,
  Same<StatFinding, z.infer<typeof statFindingSchema>>,
  Same<ComparisonFinding, z.infer<typeof comparisonFindingSchema>>,
  Same<ComparisonValue, z.infer<typeof comparisonValueSchema>>,
  Same<TrendFinding, z.infer<typeof trendFindingSchema>>,
  Same<TrendPoint, z.infer<typeof trendPointSchema>>,
]>;
