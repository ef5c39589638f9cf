import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { listFindings } from '../../src/data/index.js';
import { repoPath } from './helpers.js';

describe('npm run findings', () => {
  const output = execFileSync(process.execPath, ['--import', 'tsx', repoPath('scripts/findings.ts')], {
    cwd: repoPath('.'),
    encoding: 'utf8',
  });
  const rows = output.split('\n');

  it('lists every finding with its kind, value, audience and report', () => {
    for (const finding of listFindings()) {
      const row = rows.find((line) => line.startsWith(`${finding.id} `));
      assert.ok(row, `a row for ${finding.id}`);
      assert.match(row, new RegExp(`\\s${finding.kind}\\s.*\\s${finding.audience}\\s+${finding.report}$`));
    }
  });

  it('shows the figures as a reader writes them', () => {
    assert.match(output, /^students-want-credit-bearing \*\s+trend\s+55% \(2023\) → 94% \(2025\)/m);
    assert.match(output, /^career-academy-students-enrolled \*\s+stat\s+more than 10,000/m);
  });

  it('counts findings by report and by kind', () => {
    const byKind = listFindings().filter((finding) => finding.kind === 'comparison').length;
    assert.match(output, new RegExp(`^comparison\\s+${byKind}$`, 'm'));
    assert.match(output, new RegExp(`^${listFindings().length} findings from 4 reports\\.$`, 'm'));
  });
});
