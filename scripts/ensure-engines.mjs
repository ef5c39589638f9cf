// Makes sure the browser engines exist before the browser tests run. As root on
// Debian or Ubuntu it installs the missing ones with apt-get (chromium,
// firefox-esr, webkit2gtk-driver and xvfb); elsewhere it says, in one line,
// what to install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ENGINES, installHint, selectedEngines } from './engines.mjs';

/** @param {Array<keyof typeof ENGINES>} names */
export function ensureEngines(names = selectedEngines()) {
  let missing = names.filter((name) => !ENGINES[name].find());
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const isDebianLike = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebianLike) {
    const packages = missing.flatMap((name) => ENGINES[name].apt);
    console.log(`Missing ${missing.map((name) => ENGINES[name].label).join(', ')}: installing ${packages.join(' ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (update.status === 0) spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    missing = missing.filter((name) => !ENGINES[name].find());
    if (missing.length === 0) return;
  }
  console.error(installHint(missing));
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureEngines();
