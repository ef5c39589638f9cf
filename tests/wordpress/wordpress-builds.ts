/**
 * WordPress 6.5, for testing the plugin where WordPress has script modules
 * and an iframed editor. It comes from the npm package Playground builds
 * WordPress into (`@wp-playground/wordpress-builds`, 158 MB packed), fetched
 * with `npm pack` on first use and checked against a pinned hash, rather than
 * as a devDependency every `npm install` would download.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

const PACKAGE = '@wp-playground/wordpress-builds@0.9.19';
const INTEGRITY = 'sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==';
const CACHE = 'node_modules/.cache/microcredential-widgets/wordpress-6.5';

/** A WordPress 6.5 tree (PHP from the build's zip, static files from its public folder), made once and cached. */
export async function wordpress65Tree(): Promise<string> {
  if (existsSync(join(CACHE, 'wp-includes/version.php'))) return CACHE;
  const scratch = mkdtempSync(join(tmpdir(), 'mcw-wordpress-builds-'));
  try {
    const packed = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', scratch, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop() ?? '';
    const tarball = join(scratch, packed);
    const hash = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (hash !== INTEGRITY) throw new Error(`${PACKAGE} does not match its pinned hash (got ${hash})`);
    execFileSync('tar', ['-xzf', tarball, '-C', scratch, 'package/src/wordpress/wp-6.5.zip', 'package/public/wp-6.5']);

    const tree = join(scratch, 'tree');
    const files = unzipSync(readFileSync(join(scratch, 'package/src/wordpress/wp-6.5.zip')));
    for (const [name, content] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      const path = join(tree, name.replace(/^wordpress\//, ''));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    // The zip holds the PHP; the static files (scripts, styles, images) are beside it.
    cpSync(join(scratch, 'package/public/wp-6.5'), tree, { recursive: true, force: false });
    rmSync(join(tree, 'wp-content/database/.ht.sqlite'), { force: true });
    mkdirSync(dirname(CACHE), { recursive: true });
    rmSync(CACHE, { recursive: true, force: true });
    renameSync(tree, CACHE);
    return CACHE;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
