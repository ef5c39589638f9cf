import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs } from './scripts/chrome.mjs';
import { ENGINES, installHint, selectedEngines } from './scripts/engines.mjs';
import { webkitLauncher } from './scripts/engines/wtr-webkit.mjs';
import { countReporter } from './scripts/wtr-counter.mjs';

// All three engines by default, side by side; `MCW_ENGINES=firefox,webkit` picks some.
const engines = selectedEngines();
const missing = engines.filter((name) => !ENGINES[name].find());
if (missing.length) throw new Error(installHint(missing));

const launchers = {
  // Given puppeteer-core explicitly, the launcher names itself after the engine ("Chromium", "Firefox").
  chromium: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { executablePath: ENGINES.chromium.find(), headless: true, args: chromeArgs() } }),
  // Firefox through puppeteer-core over WebDriver BiDi.
  firefox: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: ENGINES.firefox.find(), headless: true } }),
  webkit: () => webkitLauncher(),
};

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames, which fixtures wait for.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: engines.map((name) => launchers[name]()),
  testFramework: { config: { timeout: 10000 } },
  // On a fresh machine the first file of each engine waits for cold disk caches, a new browser
  // profile and esbuild's first compile of every dependency, with three engines sharing two
  // cores: CI once saw Firefox's first file miss the default 20 s start. Start-up only; each
  // test keeps its 10 s.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  reporters: [
    defaultReporter(),
    ...(process.env.WTR_COUNT_FILE ? [countReporter(process.env.WTR_COUNT_FILE)] : []),
  ],
};
