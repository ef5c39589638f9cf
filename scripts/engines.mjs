// The three browser engines the tests run in — Chromium, Firefox (Gecko) and
// WebKit — where each is found, and which Debian packages provide it.
// Plain JavaScript, so the test runner's config can load it.
import { existsSync } from 'node:fs';
import { findChrome } from './chrome.mjs';

/** WebKitGTK's own small browser, driven by WebKitWebDriver (Debian's webkit2gtk-driver). */
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

/**
 * @typedef {{ label: string, apt: string[], find: () => string | undefined }} EngineInfo
 * @type {Record<'chromium' | 'firefox' | 'webkit', EngineInfo>}
 */
export const ENGINES = {
  chromium: { label: 'Chromium', apt: ['chromium'], find: findChrome },
  firefox: {
    label: 'Firefox',
    apt: ['firefox-esr'],
    find: () => firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  },
  webkit: {
    label: 'WebKit',
    // WebKitWebDriver starts MiniBrowser, which needs an X display: Xvfb gives it one.
    apt: ['webkit2gtk-driver', 'xvfb'],
    find: () => (existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/Xvfb') ? firstExisting(MINIBROWSER) : undefined),
  },
};

/** @type {Array<keyof typeof ENGINES>} */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

/**
 * The engines to test in: `MCW_ENGINES=firefox,webkit` picks some, default all three.
 * @returns {Array<keyof typeof ENGINES>}
 */
export function selectedEngines() {
  const wanted = (process.env.MCW_ENGINES ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (wanted.length === 0) return [...ENGINE_NAMES];
  const unknown = wanted.filter((name) => !ENGINE_NAMES.includes(name));
  if (unknown.length) throw new Error(`MCW_ENGINES: unknown engine "${unknown[0]}": use ${ENGINE_NAMES.join(', ')}`);
  return ENGINE_NAMES.filter((name) => wanted.includes(name));
}

/** One line naming what to install for the engines that are missing. */
export function installHint(missing) {
  const packages = missing.flatMap((name) => ENGINES[name].apt);
  const labels = missing.map((name) => ENGINES[name].label);
  return `No ${labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : labels[0]} found: the browser tests need them (Debian/Ubuntu: apt-get install ${packages.join(' ')}; or set CHROME_PATH / FIREFOX_PATH).`;
}
