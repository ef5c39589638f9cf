// WebKit for the tests: WebKitGTK's MiniBrowser driven over W3C WebDriver by
// WebKitWebDriver, on a private Xvfb display. A WebDriver client of a few
// calls is all the tests need (navigate, run a script, open and close windows).
/* global fetch */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ENGINES } from '../engines.mjs';

/** A free TCP port on 127.0.0.1 (the driver takes its port on the command line). */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return port;
}

/** Starts Xvfb on the first free display and resolves with its number. */
function startXvfb() {
  // -displayfd writes the display number it picked to file descriptor 3.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = new Promise((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
    xvfb.stdio[3]?.once('data', (data) => resolve(String(data).trim()));
  });
  return { xvfb, display };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One WebDriver session: the few W3C WebDriver commands the tests use. */
export class WebDriverSession {
  /** @param {string} base the session's URL, `http://127.0.0.1:PORT/session/ID` */
  constructor(base) {
    this.base = base;
  }

  /** @param {string} method @param {string} path @param {unknown} [body] */
  async command(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${payload?.value?.message ?? response.status}`);
    return payload.value;
  }

  /** @param {string} url */
  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  url() {
    return this.command('GET', '/url');
  }

  /**
   * Runs `fn(...args)` in the page and resolves with what it returns or resolves to;
   * a thrown error or rejection comes back as an error.
   * @param {Function | string} fn @param {unknown[]} args
   */
  async evaluate(fn, args = []) {
    const script = `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
  .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await this.command('POST', '/execute/async', { script, args });
    if (result && typeof result === 'object' && 'error' in result) throw new Error(result.error);
    return result?.value ?? undefined;
  }

  /** @param {{ width: number, height: number }} size */
  setWindowSize({ width, height }) {
    return this.command('POST', '/window/rect', { width, height });
  }

  close() {
    return this.command('DELETE', '');
  }
}

/**
 * Starts Xvfb, WebKitWebDriver and a MiniBrowser session. `close()` ends all three.
 * @returns {Promise<{ session: WebDriverSession, close: () => Promise<void> }>}
 */
export async function startWebKit() {
  const binary = ENGINES.webkit.find();
  if (!binary) throw new Error('WebKit (webkit2gtk-driver, xvfb) is not installed');
  const { xvfb, display } = startXvfb();
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: `:${await display}` },
    stdio: 'ignore',
  });
  const stop = async () => {
    driver.kill();
    xvfb.kill();
  };
  try {
    const origin = `http://127.0.0.1:${port}`;
    // The driver takes a moment to listen.
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`${origin}/status`).then((response) => response.ok, () => false);
      if (ready) break;
      if (tries > 100) throw new Error('WebKitWebDriver did not start');
      await sleep(50);
    }
    const response = await fetch(`${origin}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } },
        },
      }),
    });
    const created = await response.json();
    const id = created?.value?.sessionId;
    if (!id) throw new Error(`WebKitWebDriver refused the session: ${created?.value?.message ?? response.status}`);
    const session = new WebDriverSession(`${origin}/session/${id}`);
    return {
      session,
      close: async () => {
        await session.close().catch(() => undefined);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
