/**
 * Windows' contrast themes (forced colours) replace the page's colours with a few
 * system ones: the bars, the line and the text must still show, measured in the
 * pixels, in Chromium (emulated) and Firefox (its high-contrast mode). WebKit, like
 * Safari, has no forced-colours mode. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inEachEngine } from './engines.js';
import { contrast, Screenshot, type Box } from './pixels.js';
import { serve, type TestServer } from './support.js';

describe('the widgets in forced colours', () => {
  let server: TestServer;
  before(async () => {
    const bundle = readFileSync('dist/cdn/microcredential-widgets.js');
    server = await serve((path, _request, response) => {
      if (path === '/cdn.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><title>t</title></head><body style="margin:8px;width:600px">
<comparison-bar finding="students-enrolment-by-credential-type"></comparison-bar>
<trend-line finding="students-want-credit-bearing"></trend-line>
<script type="module" src="/cdn.js"></script></body></html>`);
    });
  });
  after(() => server.close());

  inEachEngine(
    'forced colours',
    (browser) => {
      it('keeps every bar, the trend line and the text visible against the system background', async () => {
        const page = await browser().newPage();
        await page.goto(`${server.origin}/`);
        await page.waitFor(() => document.querySelector('trend-line')?.shadowRoot?.querySelector('[part~="line"]'), {});
        const boxes = await page.evaluate(() => {
          const bar = document.querySelector('comparison-bar');
          const line = document.querySelector('trend-line');
          if (!bar?.shadowRoot || !line?.shadowRoot) throw new Error('not rendered');
          // No named functions in here: the page would not know the helper tsx wraps them with.
          return JSON.parse(
            JSON.stringify({
              forced: matchMedia('(forced-colors: active)').matches,
              bars: [...bar.shadowRoot.querySelectorAll('[part~="bar"]')].map((element) => element.getBoundingClientRect()),
              tracks: [...bar.shadowRoot.querySelectorAll('[part~="track"]')].map((element) => element.getBoundingClientRect()),
              line: line.shadowRoot.querySelector('[part~="chart"]')?.getBoundingClientRect(),
              statement: bar.shadowRoot.querySelector('[part~="statement"]')?.getBoundingClientRect(),
            }),
          );
        });
        const screenshot = new Screenshot(await page.screenshot());
        await page.close();
        assert.equal(boxes.forced, true, 'forced colours are on');
        const background = screenshot.pixel(2, 2);
        boxes.bars.forEach((bar: Box, i: number) => {
          const fill = screenshot.centre(bar);
          const track: Box = boxes.tracks[i];
          // Inside the track, right of the bar: the track's own fill.
          const empty = screenshot.pixel(track.x + track.width - 6, track.y + track.height / 2);
          assert.ok(contrast(fill, empty) >= 3, `bar ${i + 1}: ${fill} on ${empty}, ${contrast(fill, empty).toFixed(2)}:1`);
        });
        assert.ok(contrast(screenshot.ink(boxes.line, background), background) >= 3, 'the trend line and its points show');
        assert.ok(contrast(screenshot.ink(boxes.statement, background), background) >= 4.5, 'the statement shows');
      });
    },
    { forcedColors: true, only: ['chromium', 'firefox'] },
  );
});
