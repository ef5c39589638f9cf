/**
 * A real WordPress for the tests, offline: Debian's `wordpress` package (6.1)
 * or WordPress 6.5 from Playground's builds, served by `@wp-playground/cli`
 * (PHP compiled to WebAssembly, SQLite instead of MySQL) on 127.0.0.1, with
 * WP_DEBUG on and PHP's notices logged to wp-content/debug.log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wordpress65Tree } from './wordpress-builds.js';

export type WordPressVersion = '6.1' | '6.5';

/** Where Debian's `wordpress` package installs WordPress. */
export const DEBIAN_WORDPRESS = '/usr/share/wordpress';
export const PLUGIN_ZIP = 'dist/wordpress/microcredential-widgets.zip';

const CLI = 'node_modules/@wp-playground/cli/wp-playground.js';
/**
 * WordPress 6.1 prints PHP 8.1+ deprecations that break its headers: PHP 8.0 is the newest it runs
 * cleanly on. 6.5 runs on the oldest PHP the plugin supports (its header says 7.4).
 */
const PHP_VERSIONS: Record<WordPressVersion, string> = { '6.1': '8.0', '6.5': '7.4' };
const BOOT_TIMEOUT_MS = 300_000;

export interface Site {
  version: WordPressVersion;
  /** The PHP version it runs on. */
  php: string;
  origin: string;
  /** The WordPress tree on disk (a throwaway copy). */
  root: string;
  /** Lines PHP logged (notices, warnings, errors) since the last call. */
  newLogLines(): string[];
  /** One action of tests/wordpress/fixture.php, run inside WordPress. */
  act<T>(action: string, payload?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** A free port, from `WORDPRESS_TEST_PORT` (default 9400) upwards. */
async function freePort(): Promise<number> {
  for (let port = Number(process.env.WORDPRESS_TEST_PORT ?? 9400); port < 65_000; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port');
}

/** A fresh WordPress tree of one version, without a wp-config.php (Playground writes its own). */
async function copyTree(version: WordPressVersion): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), `mcw-wordpress-${version}-`));
  // Debian links some bundled libraries from elsewhere: copy what they point to.
  cpSync(version === '6.1' ? DEBIAN_WORDPRESS : await wordpress65Tree(), root, { recursive: true, dereference: true });
  rmSync(join(root, 'wp-config.php'), { force: true });
  rmSync(join(root, 'wp-content/database'), { recursive: true, force: true });
  copyFileSync('tests/wordpress/fixture.php', join(root, 'mcw-fixture.php'));
  copyFileSync(PLUGIN_ZIP, join(root, 'mcw-plugin.zip'));
  return root;
}

/** Boots WordPress and waits until it serves; the returned site is stopped by `stop()`. */
export async function startSite(version: WordPressVersion): Promise<Site> {
  if (version === '6.1' && !existsSync(join(DEBIAN_WORDPRESS, 'wp-includes/version.php'))) {
    throw new Error(`${DEBIAN_WORDPRESS} is missing: install Debian's wordpress package (apt-get install wordpress)`);
  }
  if (!existsSync(PLUGIN_ZIP)) throw new Error(`${PLUGIN_ZIP} is missing: run npm run build first`);
  const root = await copyTree(version);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const php = PHP_VERSIONS[version];
  const blueprint = join(root, '..', `${root.split('/').pop()}-blueprint.json`);
  // The blueprint's PHP version is the one the CLI uses: its --php option alone is not applied.
  writeFileSync(blueprint, JSON.stringify({ preferredVersions: { php, wp: 'latest' }, steps: [] }));

  const server: ChildProcess = spawn(
    process.execPath,
    [
      CLI,
      'server',
      `--port=${port}`,
      `--mount-before-install=${root}:/wordpress`,
      '--wordpress-install-mode=install-from-existing-files',
      `--php=${php}`,
      `--blueprint=${blueprint}`,
      // Two cores: one worker. The CLI warns that fewer workers may wait on file locks; the tests make one request at a time.
      '--workers=1',
      ...[
        'WP_DEBUG true',
        'WP_DEBUG_LOG true',
        'WP_DEBUG_DISPLAY false',
        // Offline and with one worker: no requests to the outside, and no cron request from the site to itself that would wait on that worker.
        'WP_HTTP_BLOCK_EXTERNAL true',
        'DISABLE_WP_CRON true',
        'AUTOMATIC_UPDATER_DISABLED true',
      ].flatMap((define) => ['--define-bool', ...define.split(' ')]),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  // Stopped and removed with the tests, even when they crash.
  const killOnExit = () => {
    server.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
    rmSync(blueprint, { force: true });
  };
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    rmSync(root, { recursive: true, force: true });
    rmSync(blueprint, { force: true });
  };

  const started = Date.now();
  while (!output.includes('Ready!')) {
    if (server.exitCode !== null || Date.now() - started > BOOT_TIMEOUT_MS) {
      await stop();
      throw new Error(`WordPress ${version} did not start:\n${output.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  // The first request after boot loses a POST body: warm up with a GET.
  await fetch(`${origin}/`);

  const log = join(root, 'wp-content/debug.log');
  let logRead = 0;
  const newLogLines = () => {
    if (!existsSync(log)) return [];
    const size = statSync(log).size;
    const text = readFileSync(log).subarray(logRead, size).toString('utf8');
    logRead = size;
    return text.split('\n').filter((line) => line.trim() !== '');
  };

  const act = async <T>(action: string, payload: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${origin}/mcw-fixture.php`, {
      method: 'POST',
      // Without a charset: Playground's PHP reads no form fields from "…; charset=UTF-8".
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request: JSON.stringify({ action, ...payload }) }).toString(),
    });
    const text = await response.text();
    let answer: T & { error?: string };
    try {
      answer = JSON.parse(text) as T & { error?: string };
    } catch {
      throw new Error(`fixture action ${action} answered ${response.status}: ${text.slice(0, 2000)}`);
    }
    if (answer.error) throw new Error(`fixture action ${action}: ${answer.error}`);
    return answer;
  };

  return { version, php, origin, root, newLogLines, act, stop };
}
