// A web-test-runner reporter that writes the totals, as JSON, for scripts/test.mjs
// (web-test-runner prints no "N passed, N failed" line of its own).
import { writeFileSync } from 'node:fs';

/** @param {any} suite */
function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

/** @param {string} outputFile */
export function countReporter(outputFile) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        const counted = totals.passed + totals.failed + totals.skipped - before;
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && counted === 0)) totals.failed++;
      }
      writeFileSync(outputFile, JSON.stringify(totals));
    },
  };
}
