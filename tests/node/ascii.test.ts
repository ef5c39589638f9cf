/**
 * The exports that travel as fragments (html, email, the fallback text) are
 * written in ASCII: whatever charset a server or mail pipeline assumes, they
 * read the same. The browser side of this is tests/package/charset.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { listFindings } from '../../src/data/index.js';
import { asciiMarkup } from '../../src/export/ascii.js';
import { renderStatic } from '../../src/export/static.js';

const ASCII = /^[\t\n\r -~]*$/;

/** What an HTML parser makes of hexadecimal references. */
const decodeReferences = (markup: string) => markup.replace(/&#x([0-9A-F]+);/g, (_, code: string) => String.fromCodePoint(parseInt(code, 16)));

describe('ASCII exports', () => {
  it('writes every character outside ASCII as a reference, in text and attribute values, whatever the script', () => {
    const markup = '<p title="2.4× · ९०%">İstanbul’da öğrencilerin ९०% – 😀 <b>ş</b></p>';
    const ascii = asciiMarkup(markup);
    assert.match(ascii, ASCII);
    assert.equal(ascii, '<p title="2.4&#xD7; &#xB7; &#x96F;&#x966;%">&#x130;stanbul&#x2019;da &#xF6;&#x11F;rencilerin &#x96F;&#x966;% &#x2013; &#x1F600; <b>&#x15F;</b></p>');
    assert.equal(decodeReferences(ascii), markup);
  });

  it('uses CSS escapes inside <style>, where references are not decoded', () => {
    const ascii = asciiMarkup('<style>.sep::before{content:"· "}.a{font-family:"メイリオ",sans-serif}</style><p>·</p>');
    assert.equal(ascii, '<style>.sep::before{content:"\\B7  "}.a{font-family:"\\30E1 \\30A4 \\30EA \\30AA ",sans-serif}</style><p>&#xB7;</p>');
  });

  it('leaves ASCII markup exactly as it was', () => {
    const markup = '<p class="a">Tom &amp; Jerry &lt;3 &#39;90%&#39;</p>';
    assert.equal(asciiMarkup(markup), markup);
  });

  for (const locale of ['en', 'tr', 'hi-IN-u-nu-deva', 'ar-EG']) {
    it(`writes every finding's email and fallback text in ASCII (${locale})`, () => {
      for (const finding of listFindings()) {
        for (const format of ['email', 'fallback'] as const) {
          const output = renderStatic(finding, format, { theme: 'light', locale, width: 600 });
          assert.ok(ASCII.test(output), `${finding.id} (${format}, ${locale})`);
        }
      }
    });
  }
});
