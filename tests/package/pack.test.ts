/**
 * `npm pack` from a fresh clone: no dist/ yet, so the tarball has code only if
 * `prepack` builds it. And nothing runs on a consumer's install. Needs
 * `npm run build` first (for the check on this tree's own pack list).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = process.cwd();
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const SHIPPED = ['dist/cdn/microcredential-widgets.js', 'dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/embed.html', 'dist/embed-resizer.js'];

/** The paths `npm pack --dry-run --json` would put in the tarball. */
function packList(cwd: string, ...flags: string[]): string[] {
  // Lifecycle scripts print to stdout too: the JSON is the last thing printed.
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', ...flags], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const packed = JSON.parse(output.slice(output.lastIndexOf('\n[\n') + 1)) as Array<{ files: Array<{ path: string }> }>;
  return packed[0]?.files.map((file) => file.path) ?? [];
}

describe('npm pack', () => {
  it('runs the build before packing, and nothing on a consumer install', () => {
    assert.equal(manifest.scripts.prepack, 'npm run build');
    for (const hook of ['prepare', 'preinstall', 'install', 'postinstall']) assert.equal(manifest.scripts[hook], undefined, hook);
  });

  it('lists the builds and their types once dist/ is built', () => {
    assert.ok(existsSync(join(repo, 'dist/esm/index.js')), 'run `npm run build` first');
    const files = packList(repo, '--ignore-scripts');
    for (const file of SHIPPED) assert.ok(files.includes(file), `${file} is packed`);
  });

  describe('from a fresh clone', () => {
    const clone = mkdtempSync(join(tmpdir(), 'mcw-clone-'));
    before(() => {
      // What a clone holds: the tracked and not-ignored files, so no dist/, no generated data, no manifest.
      const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
      for (const file of files) {
        if (!existsSync(join(repo, file))) continue; // deleted in the work tree, not yet committed
        cpSync(join(repo, file), join(clone, file), { recursive: true });
      }
      symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'), 'dir');
      assert.ok(!existsSync(join(clone, 'dist')) && !existsSync(join(clone, 'src/data/dataset.generated.ts')));
    });
    after(() => rmSync(clone, { recursive: true, force: true }));

    it('packs the code: prepack builds dist/', () => {
      const files = packList(clone);
      for (const file of SHIPPED) assert.ok(files.includes(file), `${file} is packed`);
    });
  });
});
