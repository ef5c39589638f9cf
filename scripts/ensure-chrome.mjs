// Makes sure a Chrome/Chromium exists before the browser tests run. As root on
// Debian or Ubuntu it installs Debian's `chromium`; elsewhere it says, in one
// line, what to install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChrome, INSTALL_HINT } from './chrome.mjs';

export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const isDebianLike = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebianLike) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
        : update;
    if (install.status === 0 && findChrome()) return findChrome();
  }
  console.error(INSTALL_HINT);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChrome());
