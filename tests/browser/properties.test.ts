/**
 * Property-based tests: thousands of generated attribute values and data sets.
 * Whatever comes in, no error escapes, no broken number reaches the screen or
 * an SVG attribute, and the author's text comes out exactly as it went in.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { listFindings, UNITS } from '../../src/index.js';
import { FindingElement } from '../../src/element/finding-element.js';
import { captureUncaught, captureWarnings, shadowOf, type AnyWidget } from './helpers.js';

const RUNS_PER_ELEMENT = 400;
const BROKEN_NUMBER = /\bNaN\b|Infinity/;

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u200B', '<b>x</b>', '&amp;', 'نسبة', '__proto__', 'constructor', 'NaN', '-0', '1e309', ' padded ', '\ttab', 'a\nb'),
);
const finding = fc.oneof(fc.constantFrom(...listFindings().map((entry) => entry.id)), text, fc.constant(undefined));
const unit = fc.oneof(fc.constantFrom(...UNITS), text, fc.constant(undefined));
const number = fc.oneof(fc.double(), fc.integer({ min: 0, max: 100 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308));
const entry = fc.record({
  label: fc.oneof(text, fc.integer(), fc.constant(null)),
  value: fc.oneof(number, text, fc.constant(null)),
});
const data = fc.oneof(
  fc.array(entry, { maxLength: 30 }),
  fc.array(entry, { maxLength: 30 }).map((entries) => JSON.stringify(entries)),
  text,
);
const common = {
  finding,
  unit,
  label: fc.oneof(text, fc.constant(undefined)),
  source: fc.oneof(text, fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x'), fc.constant(undefined)),
  theme: fc.oneof(fc.constantFrom('light', 'dark', 'auto'), text, fc.constant(undefined)),
  locale: fc.oneof(fc.constantFrom('en', 'de', 'ar-EG', 'fr-CA', 'zz', 'not a locale'), fc.constant(undefined)),
};

type Props = Record<string, unknown>;

/** Renders one generated case and checks what must always hold; returns nothing, throws on a violation. */
async function check(tag: string, props: Props, container: HTMLElement): Promise<void> {
  const element = document.createElement(tag);
  if (!(element instanceof FindingElement)) throw new Error(`<${tag}> is not a widget`);
  const widget: AnyWidget = element;
  Object.assign(widget, props);
  container.append(widget);
  await widget.updateComplete;
  const root = shadowOf(widget);
  const shown = root.textContent ?? '';
  const authorText = JSON.stringify(props);
  // A broken number may appear only when the author wrote it (quoted back in an error).
  if (!BROKEN_NUMBER.test(authorText)) expect(shown, authorText).not.to.match(BROKEN_NUMBER);
  const svgAttributes = [...root.querySelectorAll('svg *')].flatMap((node) => [...node.attributes].map((attribute) => attribute.value));
  expect(svgAttributes.join(' '), authorText).not.to.match(BROKEN_NUMBER);
  // The card or an error; or, given no input at all, an empty box while it waits for some.
  if (!root.querySelector('[part~="error"], [part~="base"]')) {
    expect(shown.trim(), authorText).to.equal('');
    expect(widget.problem, authorText).to.equal(undefined);
  }

  widget.remove();
}

/** Visible text: what the elements must show exactly as given. */
const visibleText = fc.oneof(text, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 })).filter((value) => /[^\s\u200B-\u200D\u2060\uFEFF]/u.test(value));
const validEntries = fc.array(fc.record({ label: visibleText, value: fc.integer({ min: 0, max: 100 }) }), { minLength: 2, maxLength: 12 });

/** Renders valid own values with generated text and checks that every text comes back exactly. */
async function roundTrip(tag: string, props: Props, container: HTMLElement): Promise<void> {
  const element = document.createElement(tag);
  if (!(element instanceof FindingElement)) throw new Error(`<${tag}> is not a widget`);
  Object.assign(element, props);
  container.append(element);
  await element.updateComplete;
  const root = shadowOf(element);
  const authorText = JSON.stringify(props);
  expect(element.problem, authorText).to.equal(undefined);
  expect(root.querySelector('[part~="label"]')?.textContent, authorText).to.equal(props.label);
  if (Array.isArray(props.data)) {
    const entries = props.data as Array<{ label: string; value: number }>;
    // The bars print their labels; a short trend says its points, each once, in its chart's name.
    if (tag === 'comparison-bar') {
      const labels = [...root.querySelectorAll('[part~="bar-label"]')].map((cell) => cell.textContent);
      expect(labels, authorText).to.deep.equal(entries.map((entry) => entry.label));
    }
    expect(root.querySelector('[role="img"]')?.getAttribute('aria-label'), authorText).to.equal(entries.map((entry) => `${entry.label} ${entry.value}%`).join(', '));
  }
  element.remove();
}

describe('generated input (fast-check)', function () {
  this.timeout(120_000);
  let warnings: ReturnType<typeof captureWarnings>;
  let uncaught: ReturnType<typeof captureUncaught>;
  const container = document.createElement('div');
  before(() => document.body.append(container));
  after(() => container.remove());
  beforeEach(() => {
    warnings = captureWarnings();
    uncaught = captureUncaught();
  });
  afterEach(() => {
    warnings.restore();
    uncaught.restore();
  });

  const cases: Array<[string, fc.Arbitrary<Props>]> = [
    ['stat-card', fc.record({ ...common, value: fc.oneof(number, text, fc.constant(undefined)) }, { requiredKeys: [] })],
    ['comparison-bar', fc.record({ ...common, data }, { requiredKeys: [] })],
    ['trend-line', fc.record({ ...common, data }, { requiredKeys: [] })],
  ];
  for (const [tag, props] of cases) {
    it(`<${tag}> never throws or shows a broken number, over ${RUNS_PER_ELEMENT} generated cases`, async () => {
      await fc.assert(
        fc.asyncProperty(props, (generated) => check(tag, generated, container)),
        { numRuns: RUNS_PER_ELEMENT },
      );
      expect(uncaught.messages).to.deep.equal([]);
    });
  }

  const roundTrips: Array<[string, fc.Arbitrary<Props>]> = [
    ['stat-card', fc.record({ label: visibleText, value: fc.integer({ min: 0, max: 100 }) })],
    ['comparison-bar', fc.record({ label: visibleText, data: validEntries })],
    ['trend-line', fc.record({ label: visibleText, data: validEntries })],
  ];
  for (const [tag, props] of roundTrips) {
    it(`<${tag}> shows the author's text exactly, over ${RUNS_PER_ELEMENT / 2} generated cases`, async () => {
      await fc.assert(
        fc.asyncProperty(props, (generated) => roundTrip(tag, generated, container)),
        { numRuns: RUNS_PER_ELEMENT / 2 },
      );
      expect(uncaught.messages).to.deep.equal([]);
    });
  }
});
