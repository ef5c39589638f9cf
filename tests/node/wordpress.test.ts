/**
 * The WordPress plugin's build-time side: the prerendered findings it ships,
 * the PHP data files that carry them, and the block editor's catalogue and
 * checks. The plugin itself runs in a real WordPress in tests/wordpress/.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AUDIENCE_NAMES, getFinding, listFindings, suggestFindingIds } from '../../src/data/index.js';
import { renderFinding } from '../../src/export/index.js';
import { renderStatic } from '../../src/export/static.js';
import { asciiMarkup } from '../../src/export/ascii.js';
import { escapeHtml } from '../../src/view/escape.js';
import { Words } from '../../src/view/language.js';
import { LANGUAGES } from '../../src/view/locale.js';
import { TAG_FOR_KIND, WIDGET_TAGS } from '../../src/view/widgets.js';
import { phpDataFile, phpValue } from '../../build/php-data.js';
import { prerender, splitHtmlExport } from '../../build/wordpress-prerender.js';
import { attributeProblems, ENTRIES, findEntries, themeOf } from '../../wordpress/editor/catalogue.js';
import { languageOf } from '../../src/view/locale.js';

describe('PHP data files', () => {
  it("writes strings single-quoted, escaping only the backslash and the quote (nothing else is special there: $, {, ?>, newlines)", () => {
    assert.equal(phpValue(`it's`), `'it\\'s'`);
    assert.equal(phpValue('C:\\path\\'), `'C:\\\\path\\\\'`);
    assert.equal(phpValue(`\\'`), `'\\\\\\''`);
    assert.equal(phpValue('$x {$y} ?> <?php\n'), `'$x {$y} ?> <?php\n'`);
  });

  it('writes lists, string-keyed maps, numbers, booleans and null; refuses what PHP has no literal for', () => {
    assert.equal(phpValue({ a: [1, true, null], "b'": {} }), `array(\n\t'a' => array(\n\t\t1,\n\t\ttrue,\n\t\tnull,\n\t),\n\t'b\\'' => array(),\n)`);
    assert.throws(() => phpValue(Number.NaN), /no PHP literal/);
  });

  it('returns the value from a file that refuses to run outside WordPress', () => {
    const file = phpDataFile({ version: '1' }, 'Generated.\nDo not edit.');
    assert.match(file, /^<\?php\n\/\/ Generated\.\n\/\/ Do not edit\.\nif \( ! defined\( 'ABSPATH' \) \) \{\n\texit;\n\}\nreturn array\(/);
  });
});

describe('the prerendered findings', () => {
  const prerendered = prerender();

  it('has every finding in every language, with the element of its kind', () => {
    assert.deepEqual(Object.keys(prerendered.languages), [...LANGUAGES]);
    assert.deepEqual(Object.keys(prerendered.findings), listFindings().map((finding) => finding.id));
    for (const finding of listFindings()) {
      assert.equal(prerendered.findings[finding.id], TAG_FOR_KIND[finding.kind]);
      for (const language of LANGUAGES) {
        const label = asciiMarkup(escapeHtml(new Words(language).finding(finding).label));
        assert.ok(prerendered.languages[language][finding.id]?.shadow.includes(label), `${finding.id} ${language}`);
      }
    }
  });

  it("keeps one stylesheet per element, and puts each export back together byte for byte", () => {
    assert.deepEqual(Object.keys(prerendered.styles).sort(), [...WIDGET_TAGS].sort());
    for (const id of ['employers-higher-starting-salary', 'students-enrolment-by-credential-type', 'students-want-credit-bearing']) {
      const finding = getFinding(id)!;
      const tag = TAG_FOR_KIND[finding.kind];
      const exported = renderFinding(tag, id, 'html', { theme: 'dark', locale: 'de' });
      assert.ok(exported.ok);
      const { shadow, fallback } = prerendered.languages.de[id]!;
      assert.ok(exported.value.includes(`${prerendered.template}<style>${prerendered.styles[tag]}</style>${shadow}</template>${fallback}</${tag}>`), id);
    }
  });

  it("writes each language's words and numbers: German groups thousands with a dot", () => {
    const finding = getFinding('employers-higher-starting-salary')!;
    assert.equal(prerendered.languages.en[finding.id]?.fallback, renderStatic(finding, 'fallback', { theme: 'light', locale: 'en', width: 600 }));
    assert.match(prerendered.languages.en[finding.id]?.fallback ?? '', /1,000 employers/);
    assert.match(prerendered.languages.de[finding.id]?.fallback ?? '', /mehr als 1\.000 Arbeitgeber/);
  });

  it('refuses an export of another shape, naming what it expected', () => {
    assert.throws(() => splitHtmlExport('<stat-card finding="x"><p>no shadow root</p></stat-card>'), /no longer reads <tag …><template …><style>…<\/style>…<\/template>fallback<\/tag>/);
  });
});

describe("the block editor's catalogue", () => {
  it('lists every finding with its element, audience and report', () => {
    assert.equal(ENTRIES.length, listFindings().length);
    const entry = ENTRIES.find((candidate) => candidate.id === 'students-want-credit-bearing');
    assert.deepEqual([entry?.tag, entry?.audienceName, entry?.reportName], ['trend-line', AUDIENCE_NAMES.students, 'Micro-Credentials Impact Report 2025']);
  });

  it('finds entries holding every word searched for, filtered by audience and report, grouped by report', () => {
    const groups = findEntries({ query: 'Credit DEGREE', audience: '', report: '' });
    const found = groups.flatMap((group) => group.entries);
    assert.ok(found.length > 0 && found.length < ENTRIES.length);
    for (const entry of found) assert.ok(entry.haystack.includes('credit') && entry.haystack.includes('degree'), entry.id);
    for (const group of groups) assert.ok(group.entries.every((entry) => entry.report === group.report));

    const employersDynata = findEntries({ query: '', audience: 'employers', report: 'coursera-dynata-survey' }).flatMap((group) => group.entries);
    assert.ok(employersDynata.length > 0);
    assert.ok(employersDynata.every((entry) => entry.audience === 'employers' && entry.report === 'coursera-dynata-survey'));
    assert.deepEqual(findEntries({ query: 'no such words anywhere', audience: '', report: '' }), []);
  });

  it("words the block's problems as the page does, with the data API's closest ids", () => {
    assert.deepEqual(attributeProblems({ finding: '', theme: 'light', locale: '' }, 'en'), [], 'no finding yet: the picker shows');
    assert.deepEqual(attributeProblems({ finding: 'employers-higher-starting-salary', theme: 'auto', locale: 'de-AT' }, 'en'), []);
    assert.deepEqual(attributeProblems({ finding: ' employers-higher-salary ', theme: 'purple', locale: 'klingon-xx' }, 'fr'), [
      { message: 'There is no finding "employers-higher-salary".', suggestions: suggestFindingIds('employers-higher-salary') },
      { message: 'Unknown theme "purple": use light, dark, auto. Shown in the light theme.' },
      { message: `Unknown locale "klingon-xx": use one of ${LANGUAGES.join(', ')}. Shown in fr.` },
    ]);
  });

  it('reads a language from BCP 47 tags and WordPress locales, and a theme, as the PHP does', () => {
    assert.deepEqual(['de', 'de-AT', 'de_DE', 'HI', 'ja', 'x', '"><', ''].map(languageOf), ['de', 'de', 'de', 'hi', undefined, undefined, undefined, undefined]);
    assert.deepEqual(['dark', ' auto ', 'Dark', 'javascript:alert(1)'].map(themeOf), ['dark', 'auto', 'light', 'light']);
  });
});
