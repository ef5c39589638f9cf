import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getFinding, getSource, listFindings } from '../../src/data/index.js';
import { renderStatic } from '../../src/export/static.js';
import { escapeHtml } from '../../src/view/escape.js';

const fallback = (id: string) => {
  const finding = getFinding(id);
  assert.ok(finding, id);
  return renderStatic(finding, 'fallback', { theme: 'light', locale: 'en', width: 600 });
};

describe('fallback text for embed snippets', () => {
  it('escapes everything HTML treats specially', () => {
    assert.equal(escapeHtml(`<img src="x" onerror='a()'> & co`), '&lt;img src=&quot;x&quot; onerror=&#39;a()&#39;&gt; &amp; co');
  });

  it('gives a trend its label, its change in words, the statement and the source', () => {
    assert.equal(
      fallback('students-want-credit-bearing'),
      '<p lang="en"><strong>Students who want micro-credentials that count toward a degree:</strong> up from 55% in 2023 to 94% in 2025 (+39 points). ' +
        'The share of students who want micro-credentials that earn credit toward their degree climbed from 55% in 2023 to 94% in 2025. ' +
        '<small>Source: Micro-Credentials Impact Report 2025 &#xB7; 1,200 learners in 6 regions &#xB7; ' +
        'Reported by Coursera blog (machine translation), Workplace Journal, and eSchool News.</small></p>',
    );
  });

  it('names each value of a comparison with its group', () => {
    const text = fallback('students-enrolment-by-credential-type');
    const finding = getFinding('students-enrolment-by-credential-type');
    assert.ok(finding?.kind === 'comparison');
    for (const entry of finding.values) assert.match(text, new RegExp(`${escapeHtml(entry.label)} ${entry.value}%`));
  });

  it('names the report and every article for every finding', () => {
    for (const finding of listFindings()) {
      const text = renderStatic(finding, 'fallback', { theme: 'light', locale: 'en', width: 600 });
      assert.ok(!text.includes('undefined'), finding.id);
      const reported = /Reported by ([^<]*)\.<\/small>/.exec(text)?.[1] ?? '';
      const publications = finding.sources.map((id) => getSource(id)?.publication.replace(/\s*\(.*\)$/, '') ?? id);
      for (const publication of publications) assert.ok(reported.includes(publication), `${finding.id}: ${publication}`);
      assert.equal(reported.split(/, (?:and )?| and /).length, finding.sources.length, finding.id);
    }
  });
});
