import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AUDIENCES,
  FINDING_KINDS,
  TAGS,
  getFinding,
  getReport,
  getSource,
  listFindings,
  queryFindings,
  suggestFindingIds,
} from '../../src/data/index.js';

describe('data API', () => {
  describe('getFinding', () => {
    it('returns the finding with that id', () => {
      const finding = getFinding('employers-higher-starting-salary');
      assert.equal(finding?.kind, 'stat');
      assert.equal(finding?.kind === 'stat' && finding.value, 90);
    });

    it('returns undefined for an unknown id', () => {
      assert.equal(getFinding('employers-higher-salary'), undefined);
      assert.equal(getFinding(''), undefined);
    });

    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      it(`finds nothing for the prototype key "${key}"`, () => {
        assert.equal(getFinding(key), undefined);
        assert.equal(getReport(key), undefined);
        assert.equal(getSource(key), undefined);
      });
    }
  });

  it('resolves every finding’s report and sources', () => {
    for (const finding of listFindings()) {
      assert.ok(getReport(finding.report), `${finding.id} → ${finding.report}`);
      for (const source of finding.sources) assert.ok(getSource(source), `${finding.id} → ${source}`);
    }
  });

  describe('queryFindings', () => {
    it('returns everything without criteria', () => {
      assert.equal(queryFindings().length, listFindings().length);
    });

    it('filters by each audience, kind and tag', () => {
      for (const audience of AUDIENCES) {
        for (const finding of queryFindings({ audience })) assert.equal(finding.audience, audience);
      }
      const byKind = FINDING_KINDS.map((kind) => queryFindings({ kind }));
      assert.equal(byKind.reduce((sum, list) => sum + list.length, 0), listFindings().length);
      for (const tag of TAGS) {
        for (const finding of queryFindings({ tag })) assert.ok(finding.tags.includes(tag));
      }
    });

    it('combines criteria', () => {
      const found = queryFindings({ audience: 'students', report: 'mcir-2025', kind: 'comparison', tag: 'genai' });
      assert.deepEqual(found.map((finding) => finding.id), ['students-enrolment-genai-credentials']);
    });

    it('filters by region and by source article', () => {
      const us = queryFindings({ region: 'united-states' });
      assert.ok(us.length > 0 && us.every((finding) => finding.region === 'united-states'));
      const fromCampusTechnology = queryFindings({ source: 'campus-technology-dynata' });
      assert.ok(fromCampusTechnology.every((finding) => finding.report === 'coursera-dynata-survey'));
    });

    it('returns nothing for an unknown report', () => {
      assert.deepEqual(queryFindings({ report: 'mcir-2031' }), []);
    });
  });

  describe('suggestFindingIds', () => {
    it('puts the id an author probably meant first', () => {
      assert.equal(suggestFindingIds('employers-higher-salary')[0], 'employers-higher-starting-salary');
      assert.equal(suggestFindingIds('students-want-credit-baering')[0], 'students-want-credit-bearing');
    });

    it('prefers ids containing what was typed', () => {
      assert.equal(suggestFindingIds('ut-system')[0], 'career-academy-ut-system-students');
    });

    it('limits suggestions to one kind and a count', () => {
      const suggestions = suggestFindingIds('students', { kind: 'trend', count: 5 });
      assert.deepEqual(suggestions, ['students-want-credit-bearing']);
      assert.equal(suggestFindingIds('x', { count: 2 }).length, 2);
    });
  });
});
