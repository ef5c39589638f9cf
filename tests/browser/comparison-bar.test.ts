import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ComparisonBar } from '../../src/index.js';
import { captureWarnings, hasPart, part, parts, settle, shadowOf, textOf } from './helpers.js';

const widthOf = (element: Element) => element.getBoundingClientRect().width;

describe('<comparison-bar>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('accessibility', () => {
    it('is accessible in the light and dark themes', async () => {
      const light = await fixture<ComparisonBar>(html`<comparison-bar finding="students-enrolment-by-credential-type"></comparison-bar>`);
      await expect(light).to.be.accessible();
      const dark = await fixture<ComparisonBar>(html`<comparison-bar finding="leaders-adoption-challenges" theme="dark"></comparison-bar>`);
      await expect(dark).to.be.accessible();
    });

    it('is one figure named by its label, its chart naming each value once', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="students-enrolment-by-credential-type"></comparison-bar>`);
      expect(shadowOf(bar).querySelector('figure')?.getAttribute('aria-label')).to.equal('Students likely to enrol in a degree programme');
      const chart = part(bar, 'chart');
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.equal('No micro-credentials 36%, With micro-credentials 77%, With credit-bearing micro-credentials 88%');
      expect(shadowOf(bar).querySelector('table'), 'no table repeating the values').to.equal(null);
    });
  });

  describe('a bundled finding', () => {
    it('draws one bar per value on a common 0–100 scale', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="students-enrolment-by-credential-type"></comparison-bar>`);
      const tracks = parts(bar, 'track');
      const bars = parts(bar, 'bar');
      expect(bars).to.have.length(3);
      const shares = bars.map((element, i) => widthOf(element) / widthOf(tracks[i] as Element));
      expect(shares.map((share) => Math.round(share * 100))).to.deep.equal([36, 77, 88]);
      expect(parts(bar, 'value').map((element) => element.textContent?.trim())).to.deep.equal(['36%', '77%', '88%']);
    });

    it('calls out the gap from the first to the last group', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="students-enrolment-by-credential-type"></comparison-bar>`);
      expect(textOf(bar, 'difference')).to.equal(
        '+52 points (2.4×) for With credit-bearing micro-credentials compared with No micro-credentials',
      );
    });

    it('calls out the leader of a ranked list', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="leaders-adoption-challenges"></comparison-bar>`);
      expect(textOf(bar, 'difference')).to.equal('Lack of awareness leads, +5 points ahead of Integrating with the existing curriculum');
    });

    it('shows the statement and source line', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="dynata-students-stand-out-us-vs-global"></comparison-bar>`);
      expect(textOf(bar, 'statement')).to.contain('both across the eight countries and in the US alone');
      expect(textOf(bar, 'source')).to.contain('3,600 students and employers in 8 countries; 306 US students');
    });

    it('gives no gap for values that are not directly comparable, and says why', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="dynata-students-stand-out-us-vs-global"></comparison-bar>`);
      expect(hasPart(bar, 'difference')).to.equal(false);
      expect(textOf(bar, 'caveat')).to.match(/^Not directly comparable\. The two figures answer differently worded questions/);
      expect(shadowOf(bar).querySelector('.row.highlight')).to.equal(null);
    });
  });

  describe('the author’s own numbers', () => {
    it('reads JSON from the data attribute', async () => {
      const bar = await fixture<ComparisonBar>(
        html`<comparison-bar data='[{"label":"Without","value":36},{"label":"With","value":88}]' label="Likely to enrol" source="Our survey"></comparison-bar>`,
      );
      expect(parts(bar, 'bar-label').map((element) => element.textContent)).to.deep.equal(['Without', 'With']);
      expect(textOf(bar, 'difference')).to.equal('+52 points (2.4×) for With compared with Without');
      expect(textOf(bar, 'source')).to.equal('Source: Our survey');
    });

    it('scales counts to the largest value and takes the data property', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar unit="count"></comparison-bar>`);
      bar.data = [
        { label: 'North', value: 250 },
        { label: 'South', value: 1000 },
      ];
      await bar.updateComplete;
      const [north, south] = parts(bar, 'bar');
      expect(Math.round((widthOf(north as Element) / widthOf(south as Element)) * 100)).to.equal(25);
      expect(textOf(bar, 'difference')).to.equal('+300% (4×) for South compared with North');
    });

    it('re-renders when data changes', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar data='[{"label":"A","value":10},{"label":"B","value":20}]'></comparison-bar>`);
      bar.setAttribute('data', '[{"label":"A","value":10},{"label":"B","value":20},{"label":"C","value":30}]');
      await bar.updateComplete;
      expect(parts(bar, 'bar')).to.have.length(3);
    });

    it('formats in the locale', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="leaders-adoption-challenges" locale="de"></comparison-bar>`);
      expect(parts(bar, 'value').map((element) => element.textContent?.replace(/\s/g, ' ').trim())).to.deep.equal(['50 %', '45 %', '35 %']);
    });
  });

  describe('tokens', () => {
    it('colours the called-out bar with --mcw-comparison-bar-highlight', async () => {
      const wrapper = await fixture(
        html`<div style="--mcw-comparison-bar-highlight: rgb(10, 20, 30)"><comparison-bar finding="students-engagement-credit-bearing"></comparison-bar></div>`,
      );
      const bar = wrapper.querySelector('comparison-bar');
      if (!bar) throw new Error('no comparison-bar');
      await bar.updateComplete;
      const colours = parts(bar, 'bar').map((element) => getComputedStyle(element).fill);
      expect(colours[1]).to.equal('rgb(10, 20, 30)');
      expect(colours[0]).not.to.equal('rgb(10, 20, 30)');
    });
  });

  describe('errors', () => {
    const cases: Array<[string, string]> = [
      ['[{"label":"A","value":1}', 'data is not valid JSON'],
      ['{"label":"A","value":1}', 'data must be a JSON array'],
      ['[{"label":"A","value":1}]', 'data needs at least 2 entries (got 1)'],
      ['[{"label":"A","value":1},{"label":"B"}]', 'data entry 2 needs a numeric "value"'],
      ['[{"label":"A","value":1},{"value":2}]', 'data entry 2 needs a "label" text'],
      ['[{"label":"A","value":1},{"label":"B","value":"2"}]', 'data entry 2 needs a numeric "value" (got "2")'],
      ['[{"label":"A","value":1},{"label":"B","value":101}]', 'data entry 2: a percent must be within 0–100 (got 101)'],
      ['[{"label":"A","value":1},null]', 'data entry 2 must be an object'],
      ['', 'data is empty'],
    ];
    for (const [data, message] of cases) {
      it(`explains ${JSON.stringify(data)}`, async () => {
        const bar = await fixture<ComparisonBar>(html`<comparison-bar data=${data}></comparison-bar>`);
        await settle(bar);
        expect(textOf(bar, 'error')).to.contain(message);
        expect(hasPart(bar, 'chart')).to.equal(false);
        expect(warnings.messages).to.have.length(1);
      });
    }

    it('points a stat finding to stat-card', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="entry-level-raise"></comparison-bar>`);
      expect(textOf(bar, 'error')).to.contain('use <stat-card finding="entry-level-raise">');
    });

    it('suggests comparison ids for an unknown id', async () => {
      const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="leaders-adoption"></comparison-bar>`);
      expect(textOf(bar, 'error')).to.contain('Closest ids: leaders-adoption-challenges');
    });
  });
});
