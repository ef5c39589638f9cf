/**
 * What the built-package tests share: a throwaway HTTP server on 127.0.0.1, and a
 * headless Chromium for the few tests that need its own events (console messages,
 * encodings); the tests meant for every engine use ./engines.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';

export interface TestServer {
  origin: string;
  close: () => void;
}

type Handler = (path: string, request: IncomingMessage, response: ServerResponse) => void;

/** Serves `handle` on a free port; a favicon request gets an empty answer so consoles stay clean. */
export async function serve(handle: Handler): Promise<TestServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    handle(path, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Headless Chromium through puppeteer-core. */
export async function launchChrome(): Promise<Browser> {
  const executablePath = findChrome();
  assert.ok(executablePath, 'Chrome or Chromium is needed');
  return puppeteer.launch({ executablePath, headless: true, args: chromeArgs() });
}
