import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataset } from '../../src/data/dataset.generated.js';
import type { DatasetInput } from '../../src/data/schema.js';
import { glossarySchema } from '../../src/data/translation-schema.js';

export const repoPath = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** A fresh, mutable copy of data/findings.json as an author wrote it. */
export function loadRawDataset(): DatasetInput {
  return JSON.parse(readFileSync(repoPath('data/findings.json'), 'utf8'));
}

/** What stays as published in every language: the glossary's names, report titles and publications, longest first. */
export function publishedNames(): string[] {
  const glossary = glossarySchema.parse(JSON.parse(readFileSync(repoPath('data/i18n/glossary.json'), 'utf8')));
  return [...dataset.reports.map((report) => report.name), ...dataset.sources.map((source) => source.publication.replace(/\s*\(.*\)$/, '')), ...glossary.names]
    .sort((a, b) => b.length - a.length);
}
