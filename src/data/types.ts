/** The dataset's TypeScript types, inferred from the zod schemas (type-only: no zod at runtime). */
import type { z } from 'zod';
import type {
  comparisonFindingSchema,
  comparisonValueSchema,
  datasetSchema,
  findingSchema,
  reportSchema,
  sourceSchema,
  statFindingSchema,
  trendFindingSchema,
  trendPointSchema,
} from './schema.js';
import type { AUDIENCES, CONFIDENCES, FINDING_KINDS, QUALIFIERS, REGIONS, TAGS, UNITS } from './vocabulary.js';

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type StatFinding = z.infer<typeof statFindingSchema>;
export type ComparisonFinding = z.infer<typeof comparisonFindingSchema>;
export type ComparisonValue = z.infer<typeof comparisonValueSchema>;
export type TrendFinding = z.infer<typeof trendFindingSchema>;
export type TrendPoint = z.infer<typeof trendPointSchema>;

export type FindingKind = (typeof FINDING_KINDS)[number];
export type Unit = (typeof UNITS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Region = (typeof REGIONS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Tag = (typeof TAGS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
