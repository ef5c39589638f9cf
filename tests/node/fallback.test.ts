import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, fallbackHtml, sourceText } from '../../src/data/fallback.js';
import { getFinding, listFindings } from '../../src/data/index.js';

describe('fallback text for embed snippets', () => {
  it('escapes everything HTML treats specially', () => {
    assert.equal(escapeHtml(`<img src="x" onerror='a()'> & co`), '&lt;img src=&quot;x&quot; onerror=&#39;a()&#39;&gt; &amp; co');
  });

  it('gives the figure, label, statement and source of a finding', () => {
    const finding = getFinding('students-want-credit-bearing');
    assert.ok(finding);
    assert.equal(
      fallbackHtml(finding),
      '<p><strong>55% (2023) → 94% (2025)</strong> Students who want micro-credentials that count toward a degree. ' +
        'The share of students who want micro-credentials that earn credit toward their degree climbed from 55% in 2023 to 94% in 2025. ' +
        '<small>Source: Micro-Credentials Impact Report 2025, reported by Coursera blog (machine-translated copy), Workplace Journal, eSchool News.</small></p>',
    );
  });

  it('names the report and every article for every finding', () => {
    for (const finding of listFindings()) {
      const text = sourceText(finding);
      assert.ok(!text.includes('undefined'), finding.id);
      assert.equal(text.split(', ').length >= finding.sources.length, true, finding.id);
    }
  });
});
