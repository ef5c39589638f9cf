import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatQualified, formatRange, formatValue } from '../../src/view/format.js';
import { Words } from '../../src/view/language.js';
import { figuresInOneLine, viewOf } from '../../src/view/index.js';
import { getFinding } from '../../src/data/index.js';

describe('number formatting', () => {
  it('writes each unit as readers expect', () => {
    assert.equal(formatValue(90, 'percent'), '90%');
    assert.equal(formatValue(33.3, 'percent'), '33.3%');
    assert.equal(formatValue(76, 'percent-increase'), '+76%');
    assert.equal(formatValue(2.4, 'multiple'), '2.4×');
    assert.equal(formatValue(240000, 'count'), '240,000');
  });

  it('follows the locale', () => {
    assert.equal(formatValue(2.4, 'multiple', 'de'), '2,4×');
    assert.equal(formatValue(240000, 'count', 'de'), '240.000');
    assert.equal(formatValue(90, 'percent', 'fr').replace(/\s/g, ' '), '90 %');
  });

  it('writes a range once, with one unit sign', () => {
    assert.equal(formatRange(10, 15, 'percent-increase'), '+10–15%');
  });

  it('puts an article’s hedge in words', () => {
    assert.equal(formatQualified({ value: 10000, qualifier: 'more-than' }, 'count', new Words('en')), 'more than 10,000');
    assert.equal(formatQualified({ value: 80, qualifier: 'nearly' }, 'percent', new Words('en')), 'nearly 80%');
    assert.equal(formatQualified({ value: 80 }, 'percent', new Words('en')), '80%');
  });

  it('describes each kind of finding on one line', () => {
    const describe = (id: string) => {
      const finding = getFinding(id);
      assert.ok(finding);
      return figuresInOneLine(viewOf(finding, { locale: 'en' }));
    };
    assert.equal(describe('students-want-credit-bearing'), '55% (2023) → 94% (2025)');
    assert.equal(describe('leaders-adoption-challenges'), 'Lack of awareness 50% · Integrating with the existing curriculum 45% · Uncertainty about quality 35%');
    assert.equal(describe('employers-starting-salary-premium'), '+10–15%');
  });
});
