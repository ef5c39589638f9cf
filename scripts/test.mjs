// `npm test`: validates the dataset, type-checks, runs the Node tests and the
// browser tests in headless Chromium, builds (failing past the size budget),
// tests the packed package and the WordPress plugin in a real WordPress, then
// prints one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChrome } from './ensure-chrome.mjs';
import { ensureWordpress } from './ensure-wordpress.mjs';

// `npm test` runs every suite; `npm run test:node|test:browser|test:package|test:wordpress` one
// (the package and WordPress suites build first).
const only = process.argv[2];
const wanted = (suite) => only === undefined || only === suite;
if (only !== undefined && !['node', 'browser', 'package', 'wordpress'].includes(only)) {
  console.error(`unknown suite "${only}": use node, browser, package or wordpress`);
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'mcw-test-'));
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const totals = { passed: 0, failed: 0, skipped: 0 };
const steps = [];

function readTotals(file, step) {
  if (!existsSync(file)) {
    totals.failed++;
    steps.push(`${step}: no results (the runner crashed)`);
    return;
  }
  const counted = JSON.parse(readFileSync(file, 'utf8').trim().split('\n').pop());
  for (const key of Object.keys(totals)) totals[key] += counted[key];
  steps.push(`${step}: ${counted.passed} passed, ${counted.failed} failed`);
}

// Preparation steps are not tests; when one fails, it counts as one failure.
for (const [name, command, args] of [
  ['dataset validation and manifest', 'npm', ['run', '--silent', 'generate']],
  ['type check', 'npx', ['tsc', '-p', '.']],
  ['lint (text stays text)', 'npx', ['eslint', '.']],
]) {
  if (run(command, args) !== 0) {
    totals.failed++;
    steps.push(`${name}: failed`);
  }
}

/** The test files of one suite's folder. */
const testFiles = (folder) => readdirSync(folder).filter((file) => file.endsWith('.test.ts')).map((file) => join(folder, file));

/** Node's test runner over these files, counting into `countFile`. */
function runNodeTests(files, countFile, extraArgs = []) {
  run(process.execPath, [
    '--import', 'tsx', '--test', ...extraArgs,
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test-counter.mjs', `--test-reporter-destination=${countFile}`,
    ...files,
  ]);
}

if (wanted('node')) {
  const nodeCounts = join(scratch, 'node.json');
  runNodeTests(testFiles('tests/node'), nodeCounts);
  readTotals(nodeCounts, 'node tests');
}

if (wanted('browser')) {
  const browserCounts = join(scratch, 'browser.json');
  ensureChrome();
  run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], { WTR_COUNT_FILE: browserCounts });
  readTotals(browserCounts, 'browser tests');
}

// The package and the WordPress plugin as users get them: built (once), then packed and
// installed into an empty project, or installed from the zip into a real WordPress.
const built = (wanted('package') || wanted('wordpress')) && run('npm', ['run', '--silent', 'build']) === 0;
if ((wanted('package') || wanted('wordpress')) && !built) {
  totals.failed++;
  steps.push('build (with size budget and the WordPress zip): failed');
}

if (wanted('package') && built) {
  const packageCounts = join(scratch, 'package.json');
  runNodeTests(testFiles('tests/package'), packageCounts);
  readTotals(packageCounts, 'package tests');
}

// WordPress 6.1 (Debian's package) and 6.5, served offline; one at a time on two cores.
if (wanted('wordpress') && built) {
  ensureChrome();
  if (!ensureWordpress()) {
    totals.failed++;
    steps.push('WordPress tests: no WordPress to test in');
  } else {
    const started = Date.now();
    const wordpressCounts = join(scratch, 'wordpress.json');
    runNodeTests(testFiles('tests/wordpress'), wordpressCounts, ['--test-concurrency=1']);
    readTotals(wordpressCounts, `WordPress tests (${Math.round((Date.now() - started) / 1000)} s)`);
  }
}

console.log(`\n${steps.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
