import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrendLine } from '../../src/index.js';
import { captureWarnings, part, parts, settle, shadowOf, textOf } from './helpers.js';

function polylinePoints(line: TrendLine): Array<[number, number]> {
  const points = part(line, 'line').getAttribute('points') ?? '';
  return points.split(' ').map((pair) => {
    const [x, y] = pair.split(',').map(Number);
    return [x ?? Number.NaN, y ?? Number.NaN];
  });
}

describe('<trend-line>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('accessibility', () => {
    it('is accessible in the light and dark themes', async () => {
      const light = await fixture<TrendLine>(html`<trend-line finding="students-want-credit-bearing"></trend-line>`);
      await expect(light).to.be.accessible();
      const dark = await fixture<TrendLine>(html`<trend-line finding="students-want-credit-bearing" theme="dark"></trend-line>`);
      await expect(dark).to.be.accessible();
    });

    it('is one figure named by its label, its chart naming each point once', async () => {
      const line = await fixture<TrendLine>(html`<trend-line finding="students-want-credit-bearing"></trend-line>`);
      expect(shadowOf(line).querySelector('figure')?.getAttribute('aria-label')).to.equal('Students who want micro-credentials that count toward a degree');
      expect(shadowOf(line).querySelector('figcaption')?.getAttribute('aria-hidden')).to.equal('true');
      const chart = part(line, 'chart');
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.equal('2023 55%, 2025 94%');
      expect(shadowOf(line).querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
      expect(shadowOf(line).querySelector('table'), 'no table repeating two points').to.equal(null);
    });

    it('summarises a long trend in its name and gives every point in a hidden table', async () => {
      const data = Array.from({ length: 300 }, (_, i) => ({ label: String(1726 + i), value: i === 100 ? 3 : i === 200 ? 97 : 40 + (i % 7) }));
      const line = await fixture<TrendLine>(html`<trend-line label="Readers" .data=${data}></trend-line>`);
      expect(part(line, 'chart').getAttribute('aria-label')).to.equal(
        '300 points from 1726 to 2025: first 40%, last 45%, lowest 3% (1826), highest 97% (1926)',
      );
      expect(shadowOf(line).querySelectorAll('table tbody tr')).to.have.length(300);
    });
  });

  describe('a bundled finding', () => {
    it('draws a slope with labelled points and the change', async () => {
      const line = await fixture<TrendLine>(html`<trend-line finding="students-want-credit-bearing"></trend-line>`);
      const [first, last] = polylinePoints(line);
      expect(first && last && last[1] < first[1], 'the line rises').to.equal(true);
      expect(parts(line, 'point')).to.have.length(2);
      expect(parts(line, 'value').map((label) => label.textContent)).to.deep.equal(['55%', '94%']);
      expect(parts(line, 'axis-label').map((label) => label.textContent)).to.deep.equal(['2023', '2025']);
      expect(textOf(line, 'change')).to.equal('+39 points since 2023');
      expect(textOf(line, 'statement')).to.contain('from 55% in 2023 to 94% in 2025');
    });
  });

  describe('the author’s own numbers', () => {
    it('spaces year labels by time', async () => {
      const line = await fixture<TrendLine>(
        html`<trend-line data='[{"label":"2015","value":10},{"label":"2016","value":20},{"label":"2025","value":30}]'></trend-line>`,
      );
      const [a, b, c] = polylinePoints(line);
      if (!a || !b || !c) throw new Error('three points expected');
      expect((b[0] - a[0]) / (c[0] - a[0])).to.be.closeTo(0.1, 0.01);
    });

    it('spaces other labels evenly', async () => {
      const line = await fixture<TrendLine>(
        html`<trend-line data='[{"label":"Spring","value":10},{"label":"Summer","value":20},{"label":"Autumn","value":30}]'></trend-line>`,
      );
      const [a, b, c] = polylinePoints(line);
      if (!a || !b || !c) throw new Error('three points expected');
      expect((b[0] - a[0]) / (c[0] - a[0])).to.be.closeTo(0.5, 0.01);
    });

    it('draws hundreds of points with finite coordinates and a few labels', async () => {
      const line = await fixture<TrendLine>(html`<trend-line unit="count" label="Sign-ups"></trend-line>`);
      line.data = Array.from({ length: 500 }, (_, i) => ({ label: `Day ${i + 1}`, value: 1000 + Math.round(300 * Math.sin(i / 30)) }));
      await line.updateComplete;
      const coordinates = polylinePoints(line);
      expect(coordinates).to.have.length(500);
      expect(coordinates.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).to.equal(true);
      expect(parts(line, 'value').length).to.be.within(2, 4);
      expect(shadowOf(line).innerHTML).not.to.match(/NaN|Infinity/);
    });

    it('follows the width it is given', async () => {
      const wrapper = await fixture(html`<div style="width: 280px"><trend-line finding="students-want-credit-bearing"></trend-line></div>`);
      const line = wrapper.querySelector('trend-line');
      if (!line) throw new Error('no trend-line');
      await line.updateComplete;
      const chartWidth = () => Math.round(part(line, 'chart').getBoundingClientRect().width);
      const svgWidth = () => Number(shadowOf(line).querySelector('svg')?.getAttribute('width'));
      for (let tries = 0; tries < 20 && svgWidth() !== chartWidth(); tries++) await aTimeout(50);
      expect(svgWidth(), 'the chart is redrawn at its own width').to.equal(chartWidth());
      expect(chartWidth()).to.be.below(280);
      expect(line.scrollWidth).to.be.at.most(line.clientWidth);
    });
  });

  describe('errors', () => {
    it('refuses a trend of one point, with one warning', async () => {
      const line = await fixture<TrendLine>(html`<trend-line data='[{"label":"2023","value":55}]'></trend-line>`);
      await settle(line);
      expect(textOf(line, 'error')).to.contain('data needs at least 2 entries (got 1)');
      expect(warnings.messages).to.have.length(1);
    });

    it('points a comparison finding to comparison-bar', async () => {
      const line = await fixture<TrendLine>(html`<trend-line finding="leaders-adoption-challenges"></trend-line>`);
      expect(textOf(line, 'error')).to.contain('use <comparison-bar finding="leaders-adoption-challenges">');
    });

    it('suggests the trend for a near miss', async () => {
      const line = await fixture<TrendLine>(html`<trend-line finding="students-want-credit"></trend-line>`);
      expect(textOf(line, 'error')).to.contain('Closest ids: students-want-credit-bearing');
    });
  });
});
