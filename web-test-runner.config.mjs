import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, findChrome, INSTALL_HINT } from './scripts/chrome.mjs';
import { countReporter } from './scripts/wtr-counter.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error(INSTALL_HINT);

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames, which fixtures wait for.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs() } })],
  testFramework: { config: { timeout: 10000 } },
  reporters: [
    defaultReporter(),
    ...(process.env.WTR_COUNT_FILE ? [countReporter(process.env.WTR_COUNT_FILE)] : []),
  ],
};
