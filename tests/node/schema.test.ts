import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateDataset } from '../../src/data/validate.js';
import type { DatasetInput } from '../../src/data/schema.js';
import { loadRawDataset } from './helpers.js';

/** Validates a copy of the real dataset after `breakIt` has damaged it, and returns the messages. */
function errorsAfter(breakIt: (dataset: DatasetInput) => void): string {
  const dataset = loadRawDataset();
  breakIt(dataset);
  const result = validateDataset(dataset);
  assert.equal(result.ok, false, 'the damaged dataset should be rejected');
  return result.ok ? '' : result.errors.join('\n');
}

function findingById(dataset: DatasetInput, id: string) {
  const finding = dataset.findings.find((candidate) => candidate.id === id);
  assert.ok(finding, `fixture finding ${id} exists`);
  return finding;
}

describe('dataset schema', () => {
  it('accepts the shipped dataset', () => {
    const result = validateDataset(loadRawDataset());
    assert.deepEqual(result.ok ? [] : result.errors, []);
  });

  describe('ids and references', () => {
    it('rejects a duplicate finding id, naming it', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').id = 'employers-hired-credential-holder';
      });
      assert.match(errors, /finding "employers-hired-credential-holder" → id: duplicate finding id "employers-hired-credential-holder"/);
    });

    it('rejects an id that is not kebab-case', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').id = 'Entry Level Raise';
      });
      assert.match(errors, /finding "Entry Level Raise" → id: must be a kebab-case id/);
    });

    it('rejects an unknown source id on a finding', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').sources = ['the-onion'];
      });
      assert.match(errors, /finding "entry-level-raise" → sources\[0\]: unknown source id "the-onion"/);
    });

    it('rejects an unknown report id on a finding', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').report = 'mcir-2031';
      });
      assert.match(errors, /finding "entry-level-raise" → report: unknown report id "mcir-2031"/);
    });

    it('rejects an unknown report id on a source', () => {
      const errors = errorsAfter((dataset) => {
        const source = dataset.sources[0];
        assert.ok(source);
        source.reports = ['mcir-1999'];
      });
      assert.match(errors, /source "coursera-blog-2025" → reports\[0\]: unknown report id "mcir-1999"/);
    });

    it('rejects a source that no finding cites', () => {
      const errors = errorsAfter((dataset) => {
        dataset.sources.push({ ...structuredClone(dataset.sources[1]!), id: 'uncited-article' });
      });
      assert.match(errors, /source "uncited-article" → id: source "uncited-article" is not cited by any finding/);
    });

    it('rejects a finding without sources', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').sources = [];
      });
      assert.match(errors, /finding "entry-level-raise" → sources: must name at least one source/);
    });

    it('rejects a see-also link to a finding that does not exist', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').seeAlso = ['entry-level-raises'];
      });
      assert.match(errors, /finding "entry-level-raise" → seeAlso\[0\]: unknown finding id "entry-level-raises"/);
    });

    it('rejects a one-way see-also link, naming the finding that lacks the way back', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-confidence-to-adapt').seeAlso = [];
      });
      assert.match(
        errors,
        /finding "entry-level-worried-pace-of-change" → seeAlso\[0\]: seeAlso "entry-level-worried-pace-of-change" → "entry-level-confidence-to-adapt" is one-way: add "entry-level-worried-pace-of-change" to the seeAlso of "entry-level-confidence-to-adapt"/,
      );
    });

    it('rejects a see-also link to itself or named twice', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').seeAlso = ['entry-level-raise'];
        findingById(dataset, 'entry-level-worried-pace-of-change').seeAlso = [
          'entry-level-confidence-to-adapt',
          'entry-level-confidence-to-adapt',
        ];
      });
      assert.match(errors, /finding "entry-level-raise" → seeAlso\[0\]: must not name the finding itself/);
      assert.match(errors, /finding "entry-level-worried-pace-of-change" → seeAlso: names a finding twice/);
    });
  });

  describe('doubt, comparability and phrasing', () => {
    it('rejects a doubtful finding without a note saying why', () => {
      const errors = errorsAfter((dataset) => {
        const finding = findingById(dataset, 'entry-level-raise');
        finding.confidence = 'doubtful';
        delete finding.note;
      });
      assert.match(errors, /finding "entry-level-raise" → confidence: a doubtful finding needs a note/);
    });

    it('rejects a confidence outside the vocabulary', () => {
      const errors = errorsAfter((dataset) => {
        Object.assign(findingById(dataset, 'entry-level-raise'), { confidence: 'unsure' });
      });
      assert.match(errors, /finding "entry-level-raise" → confidence: .*"doubtful"/);
    });

    it('rejects phrasingOnly without a phrasing, on a stat and on a comparison value', () => {
      const errors = errorsAfter((dataset) => {
        Object.assign(findingById(dataset, 'entry-level-raise'), { phrasingOnly: true });
        const comparison = findingById(dataset, 'leaders-adoption-challenges');
        if (comparison.kind === 'comparison' && comparison.values[2]) comparison.values[2].phrasingOnly = true;
      });
      assert.match(errors, /finding "entry-level-raise" → phrasingOnly: phrasingOnly needs the phrasing/);
      assert.match(errors, /finding "leaders-adoption-challenges" → values\[2\]\.phrasingOnly: phrasingOnly needs the phrasing/);
    });

    it('rejects phrasingOnly set to false (leave it out instead)', () => {
      const errors = errorsAfter((dataset) => {
        Object.assign(findingById(dataset, 'students-internships'), { phrasingOnly: false });
      });
      assert.match(errors, /finding "students-internships" → phrasingOnly: /);
    });

    it('rejects notComparable on a finding that is not a comparison', () => {
      const errors = errorsAfter((dataset) => {
        Object.assign(findingById(dataset, 'entry-level-raise'), { notComparable: 'The groups differ.' });
      });
      assert.match(errors, /finding "entry-level-raise"/);
      assert.match(errors, /notComparable/);
    });

    it('rejects a notComparable that is not one short sentence', () => {
      const tooLong = `The two groups ${'answered rather differently worded questions '.repeat(4)}in the survey.`;
      for (const [text, message] of [
        ['The groups differ', /must be one sentence ending with a full stop/],
        ['The groups differ. The samples overlap.', /must be a single sentence/],
        [tooLong, /must be shorter than 160 characters/],
      ] as const) {
        const errors = errorsAfter((dataset) => {
          const finding = findingById(dataset, 'leaders-career-outcomes-by-offering');
          if (finding.kind === 'comparison') finding.notComparable = text;
        });
        assert.match(errors, new RegExp(`finding "leaders-career-outcomes-by-offering" → notComparable: ${message.source}`));
      }
    });
  });

  describe('values', () => {
    it('rejects a percent above 100', () => {
      const errors = errorsAfter((dataset) => {
        const finding = findingById(dataset, 'employers-higher-starting-salary');
        if (finding.kind === 'stat') finding.value = 120;
      });
      assert.match(errors, /finding "employers-higher-starting-salary" → value: a percent must be within 0–100 \(got 120\)/);
    });

    it('rejects a negative percent inside a comparison', () => {
      const errors = errorsAfter((dataset) => {
        const finding = findingById(dataset, 'leaders-adoption-challenges');
        if (finding.kind === 'comparison' && finding.values[1]) finding.values[1].value = -5;
      });
      assert.match(errors, /finding "leaders-adoption-challenges" → values\[1\]\.value: a percent must be within 0–100 \(got -5\)/);
    });

    it('rejects a count that is not a whole number', () => {
      const errors = errorsAfter((dataset) => {
        const finding = findingById(dataset, 'career-academy-courses-completed');
        if (finding.kind === 'stat') finding.value = 2500.5;
      });
      assert.match(errors, /finding "career-academy-courses-completed" → value: a count must be a whole number/);
    });

    it('rejects a range whose upper end is not above its lower end', () => {
      const errors = errorsAfter((dataset) => {
        const finding = findingById(dataset, 'employers-starting-salary-premium');
        if (finding.kind === 'stat') finding.valueTo = 5;
      });
      assert.match(errors, /finding "employers-starting-salary-premium" → valueTo: must be greater than value \(10\)/);
    });

    it('rejects a value given as text', () => {
      const errors = errorsAfter((dataset) => {
        Object.assign(findingById(dataset, 'entry-level-raise'), { value: '28%' });
      });
      assert.match(errors, /finding "entry-level-raise" → value: /);
    });

    it('rejects trend points out of time order', () => {
      const errors = errorsAfter((dataset) => {
        const finding = findingById(dataset, 'students-want-credit-bearing');
        if (finding.kind === 'trend') finding.points.reverse();
      });
      assert.match(errors, /finding "students-want-credit-bearing" → points\[1\]\.date: trend points must be in time order: "2023" does not come after "2025"/);
    });

    it('rejects a comparison with fewer than two values', () => {
      const errors = errorsAfter((dataset) => {
        const finding = findingById(dataset, 'students-engagement-credit-bearing');
        if (finding.kind === 'comparison') finding.values = finding.values.slice(0, 1);
      });
      assert.match(errors, /finding "students-engagement-credit-bearing" → values: a comparison needs at least two values/);
    });

    it('rejects an unknown unit, naming the allowed ones', () => {
      const errors = errorsAfter((dataset) => {
        Object.assign(findingById(dataset, 'entry-level-raise'), { unit: 'percentage' });
      });
      assert.match(errors, /finding "entry-level-raise" → unit: .*"percent"/);
    });

    it('rejects an unknown kind', () => {
      const errors = errorsAfter((dataset) => {
        Object.assign(findingById(dataset, 'entry-level-raise'), { kind: 'pie' });
      });
      assert.match(errors, /finding "entry-level-raise" → kind: /);
    });
  });

  describe('text', () => {
    it('rejects an empty statement', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').statement = '';
      });
      assert.match(errors, /finding "entry-level-raise" → statement: must not be empty/);
    });

    it('rejects a blank label', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').label = '   ';
      });
      assert.match(errors, /finding "entry-level-raise" → label: must not be blank/);
    });

    it('rejects a statement of more than one sentence', () => {
      const errors = errorsAfter((dataset) => {
        findingById(dataset, 'entry-level-raise').statement = 'Pay went up. Promotions too.';
      });
      assert.match(errors, /finding "entry-level-raise" → statement: must be a single sentence/);
    });

    for (const garble of ['microscopic', 'micro-beliefs', 'microfaith', 'micro-convictions', 'micro-rewards', 'Micro Awards']) {
      it(`rejects the machine-translation garble "${garble}"`, () => {
        const errors = errorsAfter((dataset) => {
          findingById(dataset, 'entry-level-raise').statement = `Of entry-level employees holding ${garble}, 28% have had a pay rise.`;
        });
        assert.match(errors, new RegExp(`finding "entry-level-raise" → statement: contains machine-translation garble "${garble}"`));
      });
    }

    it('rejects garble in report text too', () => {
      const errors = errorsAfter((dataset) => {
        const report = dataset.reports[0];
        assert.ok(report);
        report.note = 'A survey about microfaith.';
      });
      assert.match(errors, /report "coursera-dynata-survey" → note: contains machine-translation garble "microfaith"/);
    });

    it('rejects a misspelt field instead of ignoring it', () => {
      const errors = errorsAfter((dataset) => {
        Object.assign(findingById(dataset, 'entry-level-raise'), { statment: 'typo' });
      });
      assert.match(errors, /finding "entry-level-raise"/);
      assert.match(errors, /statment/);
    });
  });
});
