/**
 * `npm run findings`: the dataset as a person reads it — one row per finding
 * (id, kind, figures, audience, report), then counts by report and by kind.
 */
import { validateDataset } from '../src/data/validate.js';
import { figuresInOneLine, viewOf } from '../src/view/index.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const input: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../data/findings.json', import.meta.url)), 'utf8'));
const result = validateDataset(input);
if (!result.ok) {
  console.error(result.errors.join('\n'));
  process.exit(1);
}
const { findings, reports } = result.dataset;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function countBy(key: (finding: (typeof findings)[number]) => string): string[][] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return [...counts].map(([name, count]) => [name, String(count)]);
}

console.log(
  table(
    ['id', 'kind', 'value(s)', 'audience', 'report'],
    findings.map((finding) => [
      finding.note || finding.conflictingValues ? `${finding.id} *` : finding.id,
      finding.kind,
      figuresInOneLine(viewOf(finding, { locale: 'en' })),
      finding.audience,
      finding.report,
    ]),
  ),
);
const noted = findings.filter((finding) => finding.note || finding.conflictingValues).length;
console.log(`\n* ${noted} findings carry a note on a disagreement or an ambiguity between the articles.\n`);
console.log(table(['report', 'findings'], countBy((finding) => finding.report)));
console.log();
console.log(table(['kind', 'findings'], countBy((finding) => finding.kind)));
console.log(`\n${findings.length} findings from ${reports.length} reports.`);
