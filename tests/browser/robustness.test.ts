import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ComparisonBar, StatCard, TrendLine } from '../../src/index.js';
import { captureUncaught, captureWarnings, hasPart, part, parts, settle, shadowOf, textOf } from './helpers.js';

/** Numbers a reader or an SVG attribute must never get. */
const BROKEN_NUMBER = /\bNaN\b|Infinity/;

function svgAttributes(element: Element): string {
  return [...shadowOf(element).querySelectorAll('svg *')]
    .flatMap((node) => [...node.attributes].map((attribute) => attribute.value))
    .join(' ');
}

describe('robustness', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let uncaught: ReturnType<typeof captureUncaught>;
  beforeEach(() => {
    warnings = captureWarnings();
    uncaught = captureUncaught();
  });
  afterEach(() => {
    warnings.restore();
    uncaught.restore();
    expect(uncaught.messages, 'no uncaught error').to.deep.equal([]);
  });

  describe('numbers that are not numbers', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      it(`refuses ${value} as a stat value and as a data value`, async () => {
        const card = await fixture<StatCard>(html`<stat-card></stat-card>`);
        card.value = value;
        await settle(card);
        expect(textOf(card, 'error')).to.contain('value must be a finite number');
        expect(shadowOf(card).textContent).not.to.match(BROKEN_NUMBER);
        const line = await fixture<TrendLine>(html`<trend-line></trend-line>`);
        line.data = [{ label: 'a', value: 1 }, { label: 'b', value }];
        await settle(line);
        expect(textOf(line, 'error')).to.contain('data entry 2');
        expect(shadowOf(line).textContent).not.to.match(BROKEN_NUMBER);
      });
    }

    it('shows zero as 0, never -0', async () => {
      const card = await fixture<StatCard>(html`<stat-card></stat-card>`);
      card.value = -0;
      await card.updateComplete;
      expect(textOf(card, 'value')).to.equal('0%');
    });

    it('draws huge counts with finite coordinates', async () => {
      const line = await fixture<TrendLine>(html`<trend-line unit="count"></trend-line>`);
      line.data = [{ label: 'a', value: 1 }, { label: 'b', value: 1e300 }];
      await line.updateComplete;
      expect(svgAttributes(line)).not.to.match(BROKEN_NUMBER);
      expect(hasPart(line, 'error')).to.equal(false);
    });
  });

  describe('empty, null and wrongly shaped input', () => {
    it('treats null and undefined properties as absent', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="entry-level-raise"></stat-card>`);
      Object.assign(card, { finding: null, value: null, unit: null, label: null, theme: null, locale: null });
      await waitUntil(() => hasPart(card, 'error'), 'nothing to show, after the wait', { timeout: 4000 });
      expect(textOf(card, 'error')).to.contain('nothing to show');
    });

    it('reads non-text property values as attribute text', async () => {
      const card = await fixture<StatCard>(html`<stat-card></stat-card>`);
      Object.assign(card, { finding: 42 });
      await settle(card);
      expect(textOf(card, 'error')).to.contain('there is no finding "42"');
      Object.assign(card, { finding: { id: 'entry-level-raise' } });
      await settle(card);
      expect(textOf(card, 'error')).to.contain('there is no finding "[object Object]"');
    });

    it('refuses data entries that are null, arrays or missing fields', async () => {
      for (const data of ['[null, {"label":"b","value":1}]', '[[1], [2]]', '[{"label":null,"value":1},{"label":"b","value":2}]', '[{"label":"a","value":null},{"label":"b","value":2}]', 'null', '42', '"text"']) {
        const bar = await fixture<ComparisonBar>(html`<comparison-bar data=${data}></comparison-bar>`);
        expect(hasPart(bar, 'error'), data).to.equal(true);
      }
    });

    it('counts a label of only zero-width characters as missing', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar></comparison-bar>`);
      bar.data = [{ label: '\u200B\u200D', value: 1 }, { label: 'b', value: 2 }];
      await bar.updateComplete;
      expect(textOf(bar, 'error')).to.contain('data entry 1 needs a "label" text');
      const card = await fixture<StatCard>(html`<stat-card value="4" label="\u200B  \uFEFF"></stat-card>`);
      expect(hasPart(card, 'label')).to.equal(false);
    });
  });

  describe('size', () => {
    it('draws thousands of trend points', async () => {
      const line = await fixture<TrendLine>(html`<trend-line unit="count"></trend-line>`);
      line.data = Array.from({ length: 5000 }, (_, i) => ({ label: `#${i}`, value: (i * 7919) % 1000 }));
      await line.updateComplete;
      expect(part(line, 'line').getAttribute('points')?.split(' ')).to.have.length(5000);
      expect(svgAttributes(line)).not.to.match(BROKEN_NUMBER);
    });

    it('refuses more points than it can draw, and more bars than anyone can read', async () => {
      const line = await fixture<TrendLine>(html`<trend-line unit="count"></trend-line>`);
      line.data = Array.from({ length: 10_001 }, (_, i) => ({ label: `#${i}`, value: i }));
      await line.updateComplete;
      expect(textOf(line, 'error')).to.contain('data has 10001 entries; at most 10000 can be shown');
      const bar = await fixture<ComparisonBar>(html`<comparison-bar unit="count"></comparison-bar>`);
      bar.data = Array.from({ length: 101 }, (_, i) => ({ label: `#${i}`, value: i }));
      await bar.updateComplete;
      expect(textOf(bar, 'error')).to.contain('at most 100 can be shown');
    });

    it('keeps a 10,000-character label whole, wrapped inside the card', async () => {
      const label = 'word '.repeat(1000) + 'x'.repeat(5000);
      const wrapper = await fixture(html`<div style="width: 320px"><stat-card value="5" label=${label}></stat-card></div>`);
      const card = wrapper.querySelector('stat-card');
      if (!card) throw new Error('no card');
      await card.updateComplete;
      expect(part(card, 'label').textContent).to.equal(label);
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    });
  });

  describe('text from anywhere stays text', () => {
    it('renders right-to-left, markup and zero-width text exactly as given', async () => {
      const labels = ['نسبة الطلاب', '<b>bold</b>', 'a\u200Bb', '&amp; &lt;', 'עברית 2023'];
      const bar = await fixture<ComparisonBar>(html`<comparison-bar></comparison-bar>`);
      bar.data = labels.map((label, i) => ({ label, value: i + 1 }));
      await bar.updateComplete;
      expect(parts(bar, 'bar-label').map((element) => element.textContent)).to.deep.equal(labels);
      expect(shadowOf(bar).querySelector('b')).to.equal(null);
      expect(parts(bar, 'bar-label').every((element) => element.getAttribute('dir') === 'auto')).to.equal(true);
    });

    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      it(`treats the prototype key "${id}" as an unknown id`, async () => {
        const line = await fixture<TrendLine>(html`<trend-line finding=${id}></trend-line>`);
        expect(textOf(line, 'error')).to.contain(`there is no finding "${id}"`);
      });
    }

    it('ignores prototype keys inside data', async () => {
      const bar = await fixture<ComparisonBar>(
        html`<comparison-bar data='[{"__proto__":{"label":"x"},"value":1},{"label":"b","value":2}]'></comparison-bar>`,
      );
      expect(textOf(bar, 'error')).to.contain('data entry 1 needs a "label" text');
      expect(({} as Record<string, unknown>).label).to.equal(undefined);
    });
  });

  describe('lifecycle', () => {
    it('takes properties set before the element was defined', async () => {
      const tag = 'late-stat-card';
      const early = document.createElement(tag);
      Object.assign(early, { value: 7, unit: 'count', label: 'Set early' });
      document.body.append(early);
      const { StatCard } = await import('../../src/components/stat-card/stat-card.js');
      customElements.define(tag, class extends StatCard {});
      await aTimeout(10);
      expect(textOf(early, 'value')).to.equal('7');
      expect(textOf(early, 'label')).to.equal('Set early');
      early.remove();
    });

    it('survives being moved, removed and re-added', async () => {
      const wrapper = await fixture(html`<div><div id="a" style="width: 600px"><trend-line finding="students-want-credit-bearing"></trend-line></div><div id="b" style="width: 300px"></div></div>`);
      const line = wrapper.querySelector('trend-line');
      const target = wrapper.querySelector('#b');
      if (!line || !target) throw new Error('fixture');
      await line.updateComplete;
      target.append(line);
      line.remove();
      target.append(line);
      const svgWidth = () => Number(shadowOf(line).querySelector('svg')?.getAttribute('width'));
      for (let tries = 0; tries < 20 && svgWidth() > 300; tries++) await aTimeout(50);
      expect(svgWidth()).to.be.at.most(300);
      expect(textOf(line, 'change')).to.equal('+39 points since 2023');
    });

    it('goes error → valid → error and back with one warning per problem', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar data="oops"></comparison-bar>`);
      await settle(bar);
      bar.data = '[{"label":"a","value":1},{"label":"b","value":2}]';
      await settle(bar);
      expect(hasPart(bar, 'chart')).to.equal(true);
      bar.data = 'oops';
      await settle(bar);
      expect(hasPart(bar, 'error')).to.equal(true);
      expect(warnings.messages).to.have.length(1);
    });
  });

  describe('host page CSS', () => {
    it('keeps its own type size, spacing and alignment under aggressive page rules', async () => {
      const wrapper = await fixture(html`<div>
        <style>
          .hostile, .hostile * { font-size: 40px !important; text-transform: uppercase; letter-spacing: 1em; text-align: justify; text-indent: 5em; line-height: 0.5; color: red; }
          .hostile stat-card { padding: 30px; }
        </style>
        <div class="hostile"><stat-card finding="entry-level-raise"></stat-card></div>
      </div>`);
      const card = wrapper.querySelector('stat-card');
      if (!card) throw new Error('no card');
      await card.updateComplete;
      const statement = getComputedStyle(part(card, 'statement'));
      expect(statement.fontSize).to.equal('16px');
      expect(statement.textTransform).to.equal('none');
      expect(statement.letterSpacing).to.equal('normal');
      expect(statement.textIndent).to.equal('0px');
      expect(statement.color).not.to.equal('rgb(255, 0, 0)');
    });

    it('follows the page direction, right to left included', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar"><stat-card finding="entry-level-raise"></stat-card></div>`);
      const card = wrapper.querySelector('stat-card');
      if (!card) throw new Error('no card');
      await card.updateComplete;
      expect(getComputedStyle(part(card, 'base')).direction).to.equal('rtl');
      await expect(card).to.be.accessible();
    });
  });
});
