// `npm test`: validates the dataset, type-checks, runs the Node tests, runs the
// browser tests in Chromium, Firefox and WebKit (side by side), builds
// (failing past the size budget) and tests the packed package (its page tests in
// the three engines too) and the WordPress plugin in a real WordPress, then
// prints one line "N passed, N failed".
// `MCW_ENGINES=chromium` (or a comma list) narrows the engines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, selectedEngines } from './engines.mjs';
import { ensureEngines } from './ensure-engines.mjs';
import { ensureWordpress } from './ensure-wordpress.mjs';

// `npm test` runs every suite; `npm run test:node|test:browser|test:package|test:wordpress` one
// (the package and WordPress suites build first).
const only = process.argv[2];
const wanted = (suite) => only === undefined || only === suite;
if (only !== undefined && !['node', 'browser', 'package', 'wordpress'].includes(only)) {
  console.error(`unknown suite "${only}": use node, browser, package or wordpress`);
  process.exit(2);
}
let engines;
try {
  engines = selectedEngines();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'mcw-test-'));
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const totals = { passed: 0, failed: 0, skipped: 0 };
const steps = [];

const describe = (counted) => `${counted.passed} passed, ${counted.failed} failed${counted.skipped ? `, ${counted.skipped} skipped` : ''}`;

/** Adds a runner's counts to the totals; `lines` may say more than one line about them (one per engine). */
function readTotals(file, step, lines = (counted) => [`${step}: ${describe(counted)}`]) {
  if (!existsSync(file)) {
    totals.failed++;
    steps.push(`${step}: no results (the runner crashed)`);
    return;
  }
  const counted = JSON.parse(readFileSync(file, 'utf8').trim().split('\n').pop());
  for (const key of Object.keys(totals)) totals[key] += counted[key];
  const said = lines(counted);
  // An engine that never reported is a failure, though no test of it ran.
  const silent = said.filter((line) => line.endsWith('(the engine did not run)')).length;
  totals.failed += silent;
  steps.push(...said);
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

if (wanted('browser') || wanted('package')) ensureEngines(engines);

// The three engines side by side, each one page at a time: 42 s against 55 s one engine after
// another, measured on two cores (MCW_ENGINES runs fewer).
if (wanted('browser')) {
  const browserCounts = join(scratch, 'browser.json');
  run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], { WTR_COUNT_FILE: browserCounts, MCW_ENGINES: engines.join(',') });
  readTotals(browserCounts, 'browser tests', (counted) => [
    ...engines.map((engine) => {
      const label = ENGINES[engine].label;
      const own = counted.engines?.[label];
      return own ? `browser tests in ${label}: ${describe(own)}` : `browser tests in ${label}: no results (the engine did not run)`;
    }),
    // Named here too, since the runner's own report of it may have scrolled far away.
    ...(counted.outside ?? []).map((failure) => `  failed outside its tests: ${failure}`),
  ]);
}

// The package and the WordPress plugin as users get them: built (once), then packed and
// installed into an empty project, or installed from the zip into a real WordPress.
const built = (wanted('package') || wanted('wordpress')) && run('npm', ['run', '--silent', 'build']) === 0;
if ((wanted('package') || wanted('wordpress')) && !built) {
  totals.failed++;
  steps.push('build (with size budget and the WordPress zip): failed');
}

// The demo site as a static host serves it (tests/package/site.test.ts): about 20 s on two cores, Storybook included.
if (wanted('package') && built && run('npm', ['run', '--silent', 'build:site']) !== 0) {
  totals.failed++;
  steps.push('site build (npm run build:site): failed');
}

if (wanted('package') && built) {
  const packageCounts = join(scratch, 'package.json');
  runNodeTests(testFiles('tests/package'), packageCounts);
  readTotals(packageCounts, 'package tests');
}

// WordPress 6.1 (Debian's package) and 6.5, served offline; one at a time on two cores.
if (wanted('wordpress') && built) {
  ensureEngines(['chromium']);
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
