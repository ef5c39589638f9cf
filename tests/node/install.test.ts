/**
 * A fresh clone installs without a warning on the Node the README names:
 * every locked package admits that Node (or `npm ci` prints EBADENGINE), and
 * `npm ci` itself, dry-run from the manifest and lock file alone, warns about nothing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { repoPath } from './helpers.js';

interface LockEntry {
  version?: string;
  engines?: Record<string, string> | string[];
}

const readme = readFileSync(repoPath('README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(repoPath('package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

/** "Node 20.19+" in the Quick start, as a version: 20.19.0. */
const readmeNode = semver.coerce(/with Node (\d+\.\d+)\+/.exec(readme)?.[1] ?? '')?.version;

/** The locked packages whose `engines.node` refuses `node`, as "name@version needs Node range". */
function refusing(node: string): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    // Old packages sometimes give engines as an array; npm ignores that form.
    const range = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    if (range === undefined || semver.satisfies(node, range)) return [];
    return [`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs Node ${range}`];
  });
}

describe('installing on the Node the README names', () => {
  it('the README and package.json name the same oldest Node', () => {
    assert.ok(readmeNode, 'the Quick start says "with Node X.Y+"');
    assert.equal(semver.minVersion(manifest.engines.node)?.version, readmeNode);
  });

  it('every locked package admits that Node', () => {
    assert.deepEqual(refusing(readmeNode ?? ''), []);
  });

  it('the check refuses a package that wants Node 22', () => {
    assert.ok(semver.satisfies('22.12.0', '>=22.12.0') && !semver.satisfies(readmeNode ?? '', '>=22.12.0'));
  });

  it('npm ci from the manifest and lock file prints no warning', () => {
    const clone = mkdtempSync(join(tmpdir(), 'mcw-ci-'));
    try {
      for (const file of ['package.json', 'package-lock.json']) copyFileSync(repoPath(file), join(clone, file));
      // Without the user's npm config (file or, under `npm test`, npm_config_* variables), so only the
      // project can cause a warning; --dry-run reads the lock and fetches nothing.
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)));
      const npm = spawnSync(
        'npm',
        ['ci', '--dry-run', '--offline', '--no-audit', '--no-fund', '--no-update-notifier', '--userconfig', '/dev/null'],
        { cwd: clone, encoding: 'utf8', env },
      );
      assert.equal(npm.status, 0, npm.stderr);
      assert.match(npm.stdout, /added \d+ packages/);
      const warnings = `${npm.stdout}\n${npm.stderr}`.split('\n').filter((line) => /^npm warn/i.test(line));
      assert.deepEqual(warnings, []);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
