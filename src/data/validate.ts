/**
 * Validates a dataset and words each problem so an editor can find it:
 * `finding "employers-higher-starting-salary" → value: a percent must be within 0–100 (got 120)`.
 * Build and test time only (it loads full zod).
 */
import type { z } from 'zod';
import { datasetSchema } from './schema.js';
import type { Dataset } from './types.js';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

const COLLECTION_NAMES: Record<string, string> = { findings: 'finding', reports: 'report', sources: 'source' };

/** Names the record a path points into by its id when it has one, else by its position. */
function describePath(path: readonly PropertyKey[], input: unknown): string {
  const [collection, index, ...field] = path;
  const fieldPath = field
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
  if (typeof collection !== 'string' || typeof index !== 'number') {
    return path.length ? path.map(String).join('.') : 'dataset';
  }
  const record = recordAt(input, collection, index);
  const id = record && typeof record.id === 'string' && record.id !== '' ? `"${record.id}"` : `#${index + 1}`;
  const name = COLLECTION_NAMES[collection] ?? collection;
  return fieldPath ? `${name} ${id} → ${fieldPath}` : `${name} ${id}`;
}

function recordAt(input: unknown, collection: string, index: number): Record<string, unknown> | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const list: unknown = Reflect.get(input, collection);
  if (!Array.isArray(list)) return undefined;
  const record: unknown = list[index];
  return typeof record === 'object' && record !== null ? Object.fromEntries(Object.entries(record)) : undefined;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => `${describePath(issue.path, input)}: ${issue.message}`);
}

export function validateDataset(input: unknown): ValidationResult {
  const result = datasetSchema.safeParse(input);
  if (result.success) return { ok: true, dataset: result.data };
  return { ok: false, errors: formatIssues(result.error.issues, input) };
}
