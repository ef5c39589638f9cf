/**
 * The gallery's "Download PNG" draws the SVG export on a canvas: in every engine
 * the PNG has twice the SVG's size, carries the finding's colours, and comes
 * with the SVG's description as alt text.
 */
import { expect } from '@open-wc/testing';
import { getFinding } from '../../src/data/index.js';
import { renderStatic } from '../../src/export/static.js';
import { PALETTES } from '../../src/view/palette.js';
import { findingPng } from '../../site/png-download.js';

const OPTIONS = { theme: 'light', locale: 'en', width: 600 } as const;

describe('the gallery\'s PNG download', () => {
  for (const id of ['employers-higher-starting-salary', 'students-enrolment-by-credential-type', 'students-want-credit-bearing']) {
    it(`draws ${id} at twice the SVG's size, in its colours`, async () => {
      const finding = getFinding(id);
      if (!finding) throw new Error(id);
      const svgHeight = Number(/height="(\d+)"/.exec(renderStatic(finding, 'svg', OPTIONS))?.[1]);
      const { png, alt } = await findingPng(finding, OPTIONS);
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect([bitmap.width, bitmap.height]).to.deep.equal([1200, svgHeight * 2]);

      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const accent = [1, 3, 5].map((at) => Number.parseInt(PALETTES.light.accent.slice(at, at + 2), 16));
      let accentPixels = 0;
      for (let at = 0; at < data.length; at += 4) {
        if (accent.every((channel, i) => Math.abs((data[at + i] ?? 0) - channel) < 24)) accentPixels++;
      }
      expect(accentPixels, 'pixels in the accent colour').to.be.above(bitmap.width * bitmap.height * 0.002);
      expect(alt).to.contain(finding.statement);
    });
  }
});
