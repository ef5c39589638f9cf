// Makes sure Debian's WordPress (the `wordpress` package, 6.1 on Debian 12) is
// there before the WordPress tests run. As root on Debian or Ubuntu it installs
// it with apt-get; elsewhere it says, in one line, what to install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const DEBIAN_WORDPRESS = '/usr/share/wordpress';
const INSTALL_HINT = `No WordPress in ${DEBIAN_WORDPRESS}: install Debian's wordpress package (apt-get install wordpress, as root) for the WordPress tests.`;

const installed = () => existsSync(`${DEBIAN_WORDPRESS}/wp-includes/version.php`) && existsSync(`${DEBIAN_WORDPRESS}/wp-content/themes`);

/** @returns {boolean} whether WordPress is there now; prints the hint when it is not. */
export function ensureWordpress() {
  if (installed()) return true;
  const isRoot = process.getuid?.() === 0;
  const isDebianLike = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebianLike) {
    console.log("No WordPress found: installing Debian's wordpress with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // With its recommends: the default theme (twentytwentythree) is a package of its own.
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'wordpress'], { stdio: 'inherit', env }) : update;
    if (install.status === 0 && installed()) return true;
  }
  console.error(INSTALL_HINT);
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureWordpress() ? 0 : 1);
