/**
 * Minifies the CSS, HTML and SVG inside Lit's tagged templates at build time.
 * Lit ships those strings as written, indentation and all; collapsing them is
 * a large part of what keeps the bundle small.
 *
 * minify-literals is held at 1.x: 2.x and its html-minifier-next need Node 22,
 * and the project supports Node 20.19 (tests/node/engines.test.ts).
 */
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

export function minifyLiterals(): Plugin {
  return {
    name: 'microcredential-widgets:minify-literals',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      // minify-literals 1.x leaves every css`` of a file alone when the file mentions unsafeCSS, fearing
      // arbitrary CSS in the placeholders. Ours put whole declarations there (src/shared/base.styles.ts),
      // which its CSS minifier keeps as they are; so the name is hidden from that check, at the same length
      // to keep the source map exact, and put back after.
      const hidden = 'unsafeCss';
      const hide = code.includes('unsafeCSS') && !code.includes(hidden);
      const source = hide ? code.replaceAll('unsafeCSS', hidden) : code;
      // Conservative: runs of white space become one space, never none, so "</strong> (2.4×)" keeps its gap.
      const result = await minifyHTMLLiterals(source, { fileName: id, minifyOptions: { conservativeCollapse: true } });
      if (!result) return null;
      // The map is magic-string's, as a string: Vite parses it (its type allows a string version).
      return { code: hide ? result.code.replaceAll(hidden, 'unsafeCSS') : result.code, map: result.map?.toString() ?? null };
    },
  };
}
