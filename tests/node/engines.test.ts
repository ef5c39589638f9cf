/**
 * The README promises Node 20.19+. Every installed package that states which Node it
 * needs must admit 20.19, or `npm ci` warns (EBADENGINE) and the package may not run.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { repoPath } from './helpers.js';

interface LockEntry {
  version?: string;
  engines?: Record<string, string> | string[];
}

const OLDEST_SUPPORTED = '20.19.0';
const lock = JSON.parse(readFileSync(repoPath('package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { engines: { node: string } };

describe('supported Node versions', () => {
  it('the package itself says Node 20.19 or later', () => {
    assert.equal(semver.minVersion(manifest.engines.node)?.version, OLDEST_SUPPORTED);
  });

  it('every locked package admits Node 20.19', () => {
    const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
      // Old packages sometimes give engines as an array; npm ignores that form.
      const range = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      if (range === undefined || semver.satisfies(OLDEST_SUPPORTED, range)) return [];
      return [`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs Node ${range}`];
    });
    assert.deepEqual(refusing, []);
  });

  it('the check itself refuses a range that starts at Node 22', () => {
    assert.equal(semver.satisfies(OLDEST_SUPPORTED, '>=22.12.0'), false);
    assert.equal(semver.satisfies(OLDEST_SUPPORTED, '^20.19.0 || >=22.12.0'), true);
  });
});
