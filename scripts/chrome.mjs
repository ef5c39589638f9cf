// Finds a Chrome or Chromium for the browser tests, benchmarks and screenshots:
// CHROME_PATH first, then the usual install locations.
import { existsSync } from 'node:fs';

const USUAL_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'No Chrome or Chromium found: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome executable.';

/** @returns {string | undefined} */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return USUAL_LOCATIONS.find((path) => existsSync(path));
}

/** Flags for headless runs on a closed network, as root in containers included. */
export function chromeArgs() {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Test pages run side by side in background tabs; without these, Chrome stops
    // their frames and timers, and ResizeObserver or requestAnimationFrame never fire.
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-renderer-backgrounding',
  ];
  // Chromium refuses to start as root with its sandbox on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
