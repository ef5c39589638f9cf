import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatasetInput } from '../../src/data/schema.js';

export const repoPath = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** A fresh, mutable copy of data/findings.json as an author wrote it. */
export function loadRawDataset(): DatasetInput {
  return JSON.parse(readFileSync(repoPath('data/findings.json'), 'utf8'));
}
