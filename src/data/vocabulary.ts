/**
 * The closed lists the dataset is written in. They are plain arrays so the
 * browser bundle can use them without zod; `schema.ts` turns each into a
 * `z.enum`, which makes these arrays the single source of truth for the
 * schema, the TypeScript types, the tests and the Storybook controls.
 */

/** What shape a finding has, and so which element renders it. */
export const FINDING_KINDS = ['stat', 'comparison', 'trend'] as const;

/**
 * How a value is measured.
 * - `percent`: a share of respondents, 0–100.
 * - `percent-increase`: a relative increase ("76% more likely", "10–15% higher pay").
 * - `multiple`: a ratio ("2.4 times as likely").
 * - `count`: a whole number of people, courses, …
 */
export const UNITS = ['percent', 'percent-increase', 'multiple', 'count'] as const;

/** Who answered, or who the figure is about. */
export const AUDIENCES = [
  'employers',
  'entry-level-employees',
  'students',
  'higher-education-leaders',
  'institutions',
  'unspecified',
] as const;

/** Where the respondents were. */
export const REGIONS = ['global', 'united-states', 'global-and-united-states'] as const;

/**
 * How an article hedges a figure ("more than 10,000", "nearly 80%"). A value
 * without a qualifier is stated exactly.
 */
export const QUALIFIERS = ['about', 'nearly', 'more-than'] as const;

/** Topics, for filtering and for the gallery. */
export const TAGS = [
  'hiring',
  'pay',
  'promotion',
  'applications',
  'skills-based-hiring',
  'training-costs',
  'job-readiness',
  'job-performance',
  'skills',
  'confidence',
  'genai',
  'credit',
  'enrolment',
  'engagement',
  'retention',
  'career-outcomes',
  'adoption',
  'challenges',
  'career-academy',
] as const;

/**
 * How firmly a finding's figure can be stated. Absent means as firmly as the
 * articles state it; `doubtful` means the dataset's own note doubts it (the
 * note says why), and the elements mark it.
 */
export const CONFIDENCES = ['doubtful'] as const;

/** What a report is: an opinion survey, or a provider's own programme figures. */
export const REPORT_KINDS = ['survey', 'programme-figures'] as const;

/** Readable names for the vocabulary, shared by the CLI table, the elements and Storybook. */
export const AUDIENCE_NAMES: Record<(typeof AUDIENCES)[number], string> = {
  employers: 'Employers',
  'entry-level-employees': 'Entry-level employees',
  students: 'Students',
  'higher-education-leaders': 'Higher-education leaders',
  institutions: 'Institutions',
  unspecified: 'Not stated',
};

export const REGION_NAMES: Record<(typeof REGIONS)[number], string> = {
  global: 'Global',
  'united-states': 'United States',
  'global-and-united-states': 'Global and United States',
};
