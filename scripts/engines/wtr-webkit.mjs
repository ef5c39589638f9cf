// A web-test-runner launcher for WebKit (MiniBrowser over WebKitWebDriver): one
// window, one test file at a time. The test page reports to web-test-runner by
// itself; the launcher only opens it and clears it afterwards.
import { startWebKit } from './webkit.mjs';

/** @returns {import('@web/test-runner-core').BrowserLauncher} */
export function webkitLauncher() {
  /** @type {Promise<Awaited<ReturnType<typeof startWebKit>>> | undefined} */
  let started;
  const active = new Map();
  // WebDriver runs one command at a time per window: queue the sessions.
  let queue = Promise.resolve();
  const serially = (task) => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  const browser = () => (started ??= startWebKit());

  return {
    name: 'WebKit',
    type: 'webkit-webdriver',
    concurrency: 1,
    async startSession(sessionId, url) {
      active.set(sessionId, url);
      await serially(async () => (await browser()).session.navigate(url));
    },
    isActive: (sessionId) => active.has(sessionId),
    getBrowserUrl: (sessionId) => active.get(sessionId),
    async stopSession(sessionId) {
      await serially(async () => (await browser()).session.navigate('about:blank'));
      active.delete(sessionId);
      return {};
    },
    startDebugSession() {
      throw new Error('WebKit runs headless under Xvfb here: debug in Chromium or Firefox');
    },
    async stop() {
      if (started) await (await started).close();
    },
  };
}
