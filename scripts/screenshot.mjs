// Full-page screenshots of a page at a given width and colour scheme, for looking at widgets by eye:
//   node scripts/screenshot.mjs URL OUT.png [--width 320] [--dark] [--forced-colors] [--print] [--selector CSS] [--from Y --height H]
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, INSTALL_HINT } from './chrome.mjs';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [--width N] [--dark] [--selector CSS]');
  process.exit(2);
}
const option = (name) => {
  const index = rest.indexOf(name);
  return index >= 0 ? rest[index + 1] : undefined;
};
const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs() });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(option('--width') ?? 1200), height: 800 });
  // Puppeteer's own helper refuses forced-colors; the DevTools protocol takes it.
  const devtools = await page.createCDPSession();
  await devtools.send('Emulation.setEmulatedMedia', {
    media: rest.includes('--print') ? 'print' : '',
    features: [
      { name: 'prefers-color-scheme', value: rest.includes('--dark') ? 'dark' : 'light' },
      { name: 'forced-colors', value: rest.includes('--forced-colors') ? 'active' : 'none' },
    ],
  });
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const selector = option('--selector');
  const target = selector ? await page.$(selector) : undefined;
  const from = option('--from');
  if (target) await target.screenshot({ path: out });
  else if (from !== undefined) {
    const width = Number(option('--width') ?? 1200);
    await page.screenshot({ path: out, clip: { x: 0, y: Number(from), width, height: Number(option('--height') ?? 1400) }, captureBeyondViewport: true });
  } else await page.screenshot({ path: out, fullPage: true });
  for (const message of messages) console.log(message);
} finally {
  await browser.close();
}
