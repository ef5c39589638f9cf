/**
 * Windows' contrast themes (forced colours) replace the page's colours with a few
 * system ones: the bars, the line and the text must still show, measured in the
 * pixels, in Chromium (emulated) and Firefox (its high-contrast mode). WebKit, like
 * Safari, has no forced-colours mode. Needs `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { inEachEngine } from './engines.js';
import { serve, type TestServer } from './support.js';

type Rgb = [number, number, number];
const LINEAR = Array.from({ length: 256 }, (_, value) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4));
const luminance = ([r, g, b]: Rgb) => 0.2126 * (LINEAR[r] ?? 0) + 0.7152 * (LINEAR[g] ?? 0) + 0.0722 * (LINEAR[b] ?? 0);
const contrast = (a: Rgb, b: Rgb) => {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

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
        const png = PNG.sync.read(Buffer.from(await page.screenshot()));
        await page.close();
        assert.equal(boxes.forced, true, 'forced colours are on');
        const pixel = (x: number, y: number): Rgb => {
          const at = (Math.round(y) * png.width + Math.round(x)) * 4;
          return [png.data[at] ?? 0, png.data[at + 1] ?? 0, png.data[at + 2] ?? 0];
        };
        const background = pixel(2, 2);
        /** The colour in `box` that stands out most from the background. */
        const ink = (box: Box): Rgb => {
          let best = background;
          for (let y = box.y; y < box.y + box.height; y++) {
            for (let x = box.x; x < box.x + box.width; x++) if (contrast(pixel(x, y), background) > contrast(best, background)) best = pixel(x, y);
          }
          return best;
        };
        boxes.bars.forEach((bar: Box, i: number) => {
          const fill = pixel(bar.x + bar.width / 2, bar.y + bar.height / 2);
          const track: Box = boxes.tracks[i];
          // Inside the track, right of the bar: the track's own fill.
          const empty = pixel(track.x + track.width - 6, track.y + track.height / 2);
          assert.ok(contrast(fill, empty) >= 3, `bar ${i + 1}: ${fill} on ${empty}, ${contrast(fill, empty).toFixed(2)}:1`);
        });
        assert.ok(contrast(ink(boxes.line), background) >= 3, 'the trend line and its points show');
        assert.ok(contrast(ink(boxes.statement), background) >= 4.5, 'the statement shows');
      });
    },
    { forcedColors: true, only: ['chromium', 'firefox'] },
  );
});
