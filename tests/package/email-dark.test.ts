/**
 * Email clients in dark mode recolour HTML: the Gmail apps and Outlook.com darken
 * light backgrounds and lighten dark text (Chromium's own automatic dark mode
 * does the same, so it stands in for them here), and some apps invert the whole
 * message. The light and dark email exports must stay readable either way: text,
 * the accent figure, and bars against their track, measured in the pixels.
 * Measured (WCAG ratios): text 15.5–18.0 in every mode; ordinary bars on their track
 * 2.1 (light, as sent) to 5.6 (light, recoloured); the highlighted bar of the light
 * export drops from 5.3 to 2.3 when recoloured, since the client keeps the dark accent
 * and darkens the track: still visible, less prominent than the others.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';
import { getFinding } from '../../src/data/index.js';
import { renderStatic } from '../../src/export/static.js';
import { STATIC_THEMES } from '../../src/view/widgets.js';
import { contrast, Screenshot, type Box } from './pixels.js';

const EXAMPLES = ['employers-higher-starting-salary', 'students-enrolment-by-credential-type', 'students-want-credit-bearing', 'employers-skills-based-hiring-with-credentials'];

/** Where the things to check sit in the rendered email. */
interface Layout {
  card: Box;
  texts: Box[];
  accent: Box;
  bars: Array<{ fill: Box; track: Box | null }>;
}

const MODES = {
  'as sent': { args: [] as string[], style: '' },
  'recoloured by a dark-mode client': { args: ['--blink-settings=forceDarkModeEnabled=true'], style: '' },
  'fully inverted': { args: [] as string[], style: 'filter: invert(1) hue-rotate(180deg);' },
};

/** Every example in both themes, one below the other, as a mail client shows them: on a white page. */
const EMAILS = STATIC_THEMES.flatMap((theme) =>
  EXAMPLES.map((id) => {
    const finding = getFinding(id);
    assert.ok(finding, id);
    return { theme, id, html: renderStatic(finding, 'email', { theme, locale: 'en', width: 600 }) };
  }),
);

describe('the email export under a mail client\'s dark mode', () => {
  for (const [mode, { args, style }] of Object.entries(MODES)) {
    describe(mode, () => {
      let layouts: Layout[] = [];
      let screenshot: Screenshot;
      // One page and one screenshot for every email of this mode.
      before(async () => {
        const executablePath = findChrome();
        assert.ok(executablePath, 'Chrome or Chromium is needed');
        const browser = await puppeteer.launch({ executablePath, headless: true, args: [...chromeArgs(), ...args] });
        try {
          const page = await browser.newPage();
          await page.setViewport({ width: 640, height: 900 });
          const body = EMAILS.map(({ html }) => `<div style="margin:0 0 24px">${html}</div>`).join('');
          await page.setContent(`<!doctype html><html style="${style}"><body style="margin:16px;background:#ffffff">${body}</body></html>`);
          // No named functions inside: the page would not know the helper tsx wraps them with.
          layouts = await page.evaluate(() =>
            [...document.querySelectorAll('body > div > table')].map((card) => {
              const paragraphs = [...card.querySelectorAll('p')];
              const rows = [...new Set([...card.querySelectorAll('td[bgcolor][height]')].map((cell) => cell.parentElement))];
              const figure = card.querySelector('strong[style*="font-size:18px"]') ?? paragraphs.find((p) => p.style.fontSize === '44px');
              return JSON.parse(
                JSON.stringify({
                  card: card.getBoundingClientRect(),
                  // The label and the statement: the reader's main text.
                  texts: paragraphs.filter((p) => ['16px', '17px'].includes(p.style.fontSize)).map((p) => p.getBoundingClientRect()),
                  // The stat's figure or the call-out's figure: the accent, large and bold.
                  accent: (figure ?? card).getBoundingClientRect(),
                  bars: rows.map((row) => ({ fill: row?.children[0]?.getBoundingClientRect(), track: row?.children[1]?.getBoundingClientRect() ?? null })),
                }),
              );
            }),
          );
          screenshot = new Screenshot(await page.screenshot({ type: 'png', fullPage: true }));
        } finally {
          await browser.close();
        }
      });

      EMAILS.forEach(({ theme, id }, index) => {
        it(`keeps the ${theme} email of ${id} readable`, () => {
          const layout = layouts[index];
          assert.ok(layout, 'the email is on the page');
          const background = screenshot.pixel(layout.card.x + 6, layout.card.y + layout.card.height / 2);
          // Text is read in its first 400 px: enough glyphs, a quicker scan.
          const ink = (box: Box) => screenshot.ink({ ...box, width: Math.min(box.width, 400) }, background);

          assert.ok(layout.texts.length >= 1, 'the label and statement are found');
          for (const text of layout.texts) assert.ok(contrast(ink(text), background) >= 4.5, `text contrast ${contrast(ink(text), background).toFixed(2)} (needs 4.5)`);
          const accent = contrast(ink(layout.accent), background);
          assert.ok(accent >= 3, `accent contrast ${accent.toFixed(2)} (large bold text needs 3)`);
          for (const bar of layout.bars) {
            const fill = screenshot.centre(bar.fill);
            const against = bar.track ? screenshot.centre(bar.track) : background;
            // A bar is read with its value printed beside it; it must still stand out from its track.
            assert.ok(contrast(fill, against) >= 1.5, `bar ${fill} against its track ${against}: ${contrast(fill, against).toFixed(2)} (needs 1.5)`);
          }
        });
      });
    });
  }
});
