/**
 * The build's template minifier: what it takes out of Lit's `css`, `html` and
 * `svg` templates, and what it must never touch.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTemplates, minifyCssParts, minifyHtmlParts, minifyTemplates } from '../../build/minify-literals.js';
import { repoPath } from './helpers.js';

/** A module's code with its templates minified (unchanged when there is nothing to do). */
const minified = (code: string) => minifyTemplates(code, 'module.ts') ?? code;

describe('template minifier', () => {
  describe('css', () => {
    it('drops comments and the white space around braces, colons, semicolons, commas and combinators', () => {
      const [out] = minifyCssParts([`
        /* the card */
        .card ,
        .error > p {
          margin : 0 ;
          color: red;
        }
      `]) ?? [];
      assert.equal(out, '.card,.error>p{color:red;margin:0}');
    });

    it('keeps each expression in its place', () => {
      const parts = minifyCssParts(['\n  :host {\n    --_bar: color-mix(in srgb, red ', '%, blue);\n    width: ', ';\n  }\n']);
      assert.deepEqual(parts, [':host{--_bar:color-mix(in srgb, red ', '%, blue);width:', '}']);
    });

    it('keeps strings as written', () => {
      const [out] = minifyCssParts(['.a::before {  content: "  two  spaces ";  }']) ?? [];
      assert.equal(out, '.a:before{content:"  two  spaces "}');
    });

    it('gives up, rather than guess, on CSS it cannot read', () => {
      assert.equal(minifyCssParts(['.a { color: red; } }']), null);
    });
  });

  describe('html and svg', () => {
    it('collapses white space between tags to one space, and drops it at the edges of the template', () => {
      assert.deepEqual(minifyHtmlParts(['\n  <span class="a">\n    <b>one</b>\n\n    <b>two</b>\n  </span>\n']), ['<span class="a"> <b>one</b> <b>two</b> </span>']);
    });

    it('drops the white space beside a block or an SVG shape, where no browser draws it', () => {
      assert.deepEqual(minifyHtmlParts(['\n  <div class="a">\n    <p>one</p>\n\n    <p>two</p>\n  </div>\n']), ['<div class="a"><p>one</p><p>two</p></div>']);
      // Beside an expression too: at the start or end of a line, or between blocks.
      assert.deepEqual(minifyHtmlParts(['<figure> ', ' <p>x</p> ', ' </figure>']), ['<figure>', '<p>x</p>', '</figure>']);
      assert.deepEqual(minifyHtmlParts(['<svg>\n  <line></line>\n  <rect></rect>\n</svg>']), ['<svg><line></line><rect></rect></svg>']);
      // Not beside inline tags, SVG text or the svg element itself, which sit in a line of text.
      assert.deepEqual(minifyHtmlParts(['<span>a</span> <svg></svg> <text>b</text> ', '']), ['<span>a</span> <svg></svg> <text>b</text> ', '']);
    });

    it('keeps the space between words and around inline tags', () => {
      assert.deepEqual(minifyHtmlParts(['<p><strong>+52 points</strong>   (2.4×)\n  for  them</p>']), ['<p><strong>+52 points</strong> (2.4×) for them</p>']);
      assert.deepEqual(minifyHtmlParts([' Closest ids: ', '.']), [' Closest ids: ', '.']);
    });

    it('leaves pre, textarea, script and style content as written', () => {
      const pre = '<pre>  a\n    b  </pre>';
      assert.deepEqual(minifyHtmlParts([`<div>\n  ${pre}\n  <textarea> x\n y </textarea></div>`]), [`<div>${pre} <textarea> x\n y </textarea></div>`]);
      assert.deepEqual(minifyHtmlParts(['<style>\n  a  { b: c }\n</style><p>x</p>']), ['<style>\n  a  { b: c }\n</style><p>x</p>']);
    });

    it('tidies the inside of a tag but keeps quoted values', () => {
      assert.deepEqual(minifyHtmlParts(['<rect\n  class = "a  b"\n  data-x=\'  y \'\n  rx="3"\n/>']), ['<rect class="a  b" data-x=\'  y \' rx="3"/>']);
    });

    it('drops comments', () => {
      assert.deepEqual(minifyHtmlParts(['<p>a <!-- a note\n over lines --> b</p>']), ['<p>a  b</p>']);
    });

    it('keeps expressions in text, attributes and quoted values apart and in order', () => {
      const parts = ['\n  <div part="row" class="row ', '">\n    <span>', '</span>\n    ', '\n  </div>\n'];
      assert.deepEqual(minifyHtmlParts(parts), ['<div part="row" class="row ', '"><span>', '</span> ', '</div>']);
      // A quoted value an expression splits: the rest of the value is still a value.
      assert.deepEqual(minifyHtmlParts(['<a title="', '   and   more" href=', ' >x</a>']), ['<a title="', '   and   more" href=', '>x</a>']);
    });
  });

  describe('in a module', () => {
    it('finds nested templates, and never changes code or strings inside ${}', () => {
      const code = [
        'const a = html`\n  <p>',
        "${x ? '  two  spaces  ' : html`\n    <b>  y  </b>\n  `}",
        '</p>\n`;',
        "const b = css`.x {  color:  red; }`;",
        "const c = `<p>   not a template of Lit   </p>`;",
        "const d = other`<p>   nor this   </p>`;",
      ].join('\n');
      assert.equal(
        minified(code),
        [
          "const a = html`<p>${x ? '  two  spaces  ' : html`<b> y </b>`}</p>`;",
          'const b = css`.x{color:red}`;',
          'const c = `<p>   not a template of Lit   </p>`;',
          'const d = other`<p>   nor this   </p>`;',
        ].join('\n'),
      );
    });

    it('leaves a module without templates alone', () => {
      assert.equal(minifyTemplates("export const html = '<p>  x  </p>';", 'module.ts'), null);
    });

    it('keeps the number of expressions of every template of the library', () => {
      const files = readdirSync(repoPath('src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
      let templates = 0;
      for (const file of files) {
        const code = readFileSync(join(repoPath('src'), file), 'utf8');
        const before = findTemplates(code);
        const after = findTemplates(minified(code));
        assert.deepEqual(after.map((t) => [t.tag, t.parts.length]), before.map((t) => [t.tag, t.parts.length]), file);
        for (const template of after) {
          // Everything was minified: no line breaks or double spaces left outside quoted values and expressions.
          if (template.tag !== 'css') assert.doesNotMatch(template.parts.map((p) => p.text.replace(/"[^"]*"/g, '""')).join('${}'), /\n| {2}/, file);
          else assert.doesNotMatch(template.parts.map((p) => p.text).join('${}'), /\n|\/\*/, file);
        }
        templates += after.length;
      }
      assert.ok(templates > 30, `${templates} templates`);
    });
  });
});
