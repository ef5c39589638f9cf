// A web-test-runner reporter that writes the totals, as JSON, for scripts/test.mjs
// (web-test-runner prints no "N passed, N failed" line of its own).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** @param {any} suite */
function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

/**
 * Writes `{ passed, failed, skipped, engines: { Chromium: { passed, failed, skipped }, … }, outside }`,
 * `outside` naming each file that failed outside its tests (did not load, timed out, threw), and why.
 * @param {string} outputFile
 */
export function countReporter(outputFile) {
  return {
    onTestRunFinished({ sessions }) {
      const engines = {};
      const outside = [];
      for (const session of sessions) {
        const totals = (engines[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = totals.passed + totals.failed + totals.skipped;
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        const counted = totals.passed + totals.failed + totals.skipped - before;
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && counted === 0)) {
          totals.failed++;
          const why = session.errors?.[0]?.message ?? 'no tests ran';
          outside.push(`${session.browser.name}: ${relative(process.cwd(), session.testFile)}: ${why.split('\n')[0]}`);
        }
      }
      const sum = (key) => Object.values(engines).reduce((total, counts) => total + counts[key], 0);
      writeFileSync(outputFile, JSON.stringify({ passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped'), engines, outside }));
    },
  };
}
