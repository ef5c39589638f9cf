import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { StatCard } from '../../src/index.js';
import { captureWarnings, hasPart, part, settle, shadowOf, textOf } from './helpers.js';

describe('<stat-card>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('accessibility', () => {
    it('is accessible in the light theme', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="employers-higher-starting-salary"></stat-card>`);
      await expect(card).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="students-genai-in-degrees" theme="dark"></stat-card>`);
      await expect(card).to.be.accessible();
    });

    it('is accessible in its error state, light and dark', async () => {
      const light = await fixture<StatCard>(html`<stat-card finding="nope"></stat-card>`);
      await expect(light).to.be.accessible();
      const dark = await fixture<StatCard>(html`<stat-card finding="nope" theme="dark"></stat-card>`);
      await expect(dark).to.be.accessible();
    });
  });

  describe('a bundled finding', () => {
    it('shows the value, label, statement and source line', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="employers-hired-credential-holder"></stat-card>`);
      expect(textOf(card, 'value')).to.equal('87%');
      expect(textOf(card, 'label')).to.equal('Employers who hired a micro-credential holder last year');
      expect(textOf(card, 'statement')).to.match(/^In the past year 87% of employers/);
      const source = textOf(card, 'source');
      expect(source).to.contain('Micro-Credentials Impact Report 2025');
      expect(source).to.contain('more than 1,000 employers in 6 regions');
      expect(source).to.contain('Reported by Coursera blog (machine translation), Workplace Journal, and eSchool News');
    });

    it('shows a ratio where the data phrases it so', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="students-key-to-job-success"></stat-card>`);
      expect(textOf(card, 'value')).to.equal('Nearly 9 in 10');
      expect(textOf(card, 'qualifier')).to.equal('Nearly');
    });

    it('shows ranges, multiples and hedged counts', async () => {
      const range = await fixture<StatCard>(html`<stat-card finding="employers-starting-salary-premium"></stat-card>`);
      expect(textOf(range, 'value')).to.equal('+10–15%');
      const multiple = await fixture<StatCard>(html`<stat-card finding="students-enrolment-multiple"></stat-card>`);
      expect(textOf(multiple, 'value')).to.equal('2.4×');
      const count = await fixture<StatCard>(html`<stat-card finding="career-academy-courses-completed"></stat-card>`);
      expect(textOf(count, 'value')).to.equal('More than 25,000');
    });

    it('explains a disagreement between sources in a closed disclosure', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="students-genai-in-degrees"></stat-card>`);
      const note = part(card, 'note');
      expect(note.localName).to.equal('details');
      expect(note.hasAttribute('open')).to.equal(false);
      expect(note.textContent).to.contain('Sources differ');
      expect(note.textContent).to.contain('93%');
    });

    it('says when no article gives the number asked', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="entry-level-raise"></stat-card>`);
      expect(textOf(card, 'source')).to.contain('number asked not given');
    });

    it('has no note for a finding the articles agree on', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="entry-level-raise"></stat-card>`);
      expect(hasPart(card, 'note')).to.equal(false);
    });
  });

  describe('the author’s own numbers', () => {
    it('shows value, unit, label and a linked http(s) source', async () => {
      const card = await fixture<StatCard>(
        html`<stat-card value="42" unit="percent" label="Readers who finished" source="https://example.org/survey"></stat-card>`,
      );
      expect(textOf(card, 'value')).to.equal('42%');
      expect(textOf(card, 'label')).to.equal('Readers who finished');
      const link = shadowOf(card).querySelector('[part="source"] a');
      expect(link?.getAttribute('href')).to.equal('https://example.org/survey');
    });

    it('leaves a source that is not an http(s) URL as plain text', async () => {
      const card = await fixture<StatCard>(html`<stat-card value="3" unit="multiple" source="javascript:alert(1)"></stat-card>`);
      expect(textOf(card, 'value')).to.equal('3×');
      expect(shadowOf(card).querySelector('[part="source"] a')).to.equal(null);
      expect(textOf(card, 'source')).to.equal('Source: javascript:alert(1)');
    });

    it('renders markup in attributes as text', async () => {
      const card = await fixture<StatCard>(html`<stat-card value="5" label="<img src=x onerror=alert(1)>"></stat-card>`);
      expect(textOf(card, 'label')).to.equal('<img src=x onerror=alert(1)>');
      expect(shadowOf(card).querySelector('img')).to.equal(null);
    });

    it('lets a finding win over inline values', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="entry-level-raise" value="99" label="Mine"></stat-card>`);
      expect(textOf(card, 'value')).to.equal('28%');
      expect(textOf(card, 'label')).to.equal('Entry-level employees who got a raise');
    });
  });

  describe('live updates', () => {
    it('re-renders when attributes and properties change', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="entry-level-raise"></stat-card>`);
      card.setAttribute('finding', 'entry-level-promotion');
      await card.updateComplete;
      expect(textOf(card, 'value')).to.equal('21%');
      card.removeAttribute('finding');
      card.value = 12;
      card.unit = 'count';
      await card.updateComplete;
      expect(textOf(card, 'value')).to.equal('12');
    });

    it('goes from valid to error and back', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="entry-level-raise"></stat-card>`);
      card.finding = 'entry-level-rais';
      await settle(card);
      expect(hasPart(card, 'error')).to.equal(true);
      card.finding = 'entry-level-raise';
      await settle(card);
      expect(hasPart(card, 'error')).to.equal(false);
      expect(textOf(card, 'value')).to.equal('28%');
    });
  });

  describe('locale', () => {
    it('formats numbers in the locale attribute', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="career-academy-ut-system-students" locale="de"></stat-card>`);
      expect(textOf(card, 'value')).to.equal('240.000');
    });

    it('falls back to the nearest lang', async () => {
      const wrapper = await fixture(html`<div lang="fr"><stat-card finding="entry-level-raise"></stat-card></div>`);
      const card = wrapper.querySelector('stat-card');
      await card?.updateComplete;
      expect(card && textOf(card, 'value').replace(/\s/g, ' ')).to.equal('28 %');
    });

    it('falls back to English with one warning for an invalid locale', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="career-academy-ut-system-students" locale="not a locale!"></stat-card>`);
      card.requestUpdate();
      await settle(card);
      expect(textOf(card, 'value')).to.equal('240,000');
      expect(warnings.messages.filter((message) => message.includes('not a valid language tag'))).to.have.length(1);
      expect(hasPart(card, 'error')).to.equal(false);
    });
  });

  describe('theme, tokens and parts', () => {
    const valueColor = (card: StatCard) => getComputedStyle(part(card, 'value')).color;

    it('switches colours with theme="dark"', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="entry-level-raise"></stat-card>`);
      const light = getComputedStyle(part(card, 'base')).backgroundColor;
      card.theme = 'dark';
      await card.updateComplete;
      expect(getComputedStyle(part(card, 'base')).backgroundColor).not.to.equal(light);
      expect(card.getAttribute('theme')).to.equal('dark');
    });

    it('follows the system with theme="auto"', async function () {
      const card = await fixture<StatCard>(html`<stat-card finding="entry-level-raise" theme="auto"></stat-card>`);
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch (error) {
        // web-test-runner emulates media features over CDP only: Firefox (WebDriver BiDi) and
        // WebKit (WebDriver) cannot switch the system colour scheme during a run.
        if (/CDP support is required|not supported for browser type/.test(String(error))) this.skip();
        throw error;
      }
      const dark = getComputedStyle(part(card, 'base')).backgroundColor;
      await emulateMedia({ colorScheme: 'light' });
      const light = getComputedStyle(part(card, 'base')).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).not.to.equal(light);
    });

    it('takes its accent from tokens set on any ancestor', async () => {
      const wrapper = await fixture(
        html`<div style="--mcw-accent: rgb(200, 0, 0)"><stat-card finding="entry-level-raise"></stat-card></div>`,
      );
      const card = wrapper.querySelector('stat-card');
      if (!card) throw new Error('no card');
      await card.updateComplete;
      expect(valueColor(card)).to.equal('rgb(200, 0, 0)');
      wrapper.setAttribute('style', '--mcw-accent: rgb(200, 0, 0); --mcw-stat-card-accent: rgb(0, 120, 0)');
      expect(valueColor(card)).to.equal('rgb(0, 120, 0)');
    });

    it('exposes parts for page CSS', async () => {
      const wrapper = await fixture(html`<div>
        <style>
          .styled::part(value) { text-decoration: underline; }
          .styled::part(source) { font-style: italic; }
        </style>
        <stat-card class="styled" finding="entry-level-raise"></stat-card>
      </div>`);
      const card = wrapper.querySelector('stat-card');
      if (!card) throw new Error('no card');
      await card.updateComplete;
      expect(getComputedStyle(part(card, 'value')).textDecorationLine).to.equal('underline');
      expect(getComputedStyle(part(card, 'source')).fontStyle).to.equal('italic');
    });
  });

  describe('errors', () => {
    it('names an unknown id and the closest valid ones, with one warning', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="employers-higher-salary"></stat-card>`);
      await settle(card);
      const error = textOf(card, 'error');
      expect(error).to.contain('there is no finding "employers-higher-salary"');
      expect(error).to.contain('Closest ids: employers-higher-starting-salary');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<stat-card>: there is no finding "employers-higher-salary"');
    });

    it('says which element fits a finding of another kind', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="students-want-credit-bearing"></stat-card>`);
      expect(textOf(card, 'error')).to.contain('use <trend-line finding="students-want-credit-bearing">');
    });

    it('rejects values that are not numbers or out of range', async () => {
      for (const [value, unit, message] of [
        ['abc', 'percent', 'value "abc" is not a number'],
        ['', 'percent', 'value "" is not a number'],
        ['NaN', 'percent', 'value "NaN" is not a number'],
        ['Infinity', 'count', 'value must be a finite number'],
        ['120', 'percent', 'value: a percent must be within 0–100 (got 120)'],
        ['2.5', 'count', 'value: a count must be a whole number'],
      ] as const) {
        const card = await fixture<StatCard>(html`<stat-card value=${value} unit=${unit}></stat-card>`);
        expect(textOf(card, 'error'), `${value} ${unit}`).to.contain(message);
        expect(shadowOf(card).textContent).not.to.match(/\bNaN\b(?!")|Infinity%/);
      }
    });

    it('rejects an unknown unit or theme', async () => {
      const unit = await fixture<StatCard>(html`<stat-card value="4" unit="percentage"></stat-card>`);
      expect(textOf(unit, 'error')).to.contain('unit "percentage" is not one of percent, percent-increase, multiple, count');
      const theme = await fixture<StatCard>(html`<stat-card value="4" theme="blue"></stat-card>`);
      expect(textOf(theme, 'error')).to.contain('theme "blue" is not one of light, dark, auto');
    });

    it('says what to give when still given nothing after its wait', async () => {
      const card = await fixture<StatCard>(html`<stat-card></stat-card>`);
      await waitUntil(() => hasPart(card, 'error'), 'the error after the wait', { timeout: 4000 });
      expect(textOf(card, 'error')).to.contain('nothing to show: set finding="…" to a finding id, or give value="42"');
    });

    it('fires mcw-error once per new problem', async () => {
      const card = await fixture<StatCard>(html`<stat-card finding="entry-level-raise"></stat-card>`);
      const messages: string[] = [];
      card.addEventListener('mcw-error', (event) => messages.push((event as CustomEvent<{ message: string }>).detail.message));
      setTimeout(() => (card.finding = 'bad-id'));
      const event = await oneEvent(card, 'mcw-error');
      expect(event.detail.message).to.contain('there is no finding "bad-id"');
      // The same problem again, and re-renders, announce nothing more; a new problem is announced once.
      card.requestUpdate();
      await settle(card);
      card.finding = 'bad-id';
      await settle(card);
      card.finding = 'other-bad-id';
      await settle(card);
      expect(messages.map((message) => message.replace(/:.*/, ''))).to.have.length(2);
      expect(messages[1]).to.contain('"other-bad-id"');
    });

    it('keeps its neighbours working', async () => {
      const wrapper = await fixture(html`<div>
        <stat-card finding="__proto__"></stat-card>
        <stat-card finding="constructor"></stat-card>
        <stat-card finding="entry-level-raise"></stat-card>
      </div>`);
      const cards = [...wrapper.querySelectorAll('stat-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(textOf(cards[0] as StatCard, 'error')).to.contain('there is no finding "__proto__"');
      expect(textOf(cards[1] as StatCard, 'error')).to.contain('there is no finding "constructor"');
      expect(textOf(cards[2] as StatCard, 'value')).to.equal('28%');
    });
  });
});
