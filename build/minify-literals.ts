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
      // It leaves every css`` of a file alone when the file uses unsafeCSS: the theme tokens that need it
      // live in their own module (src/element/theme.styles.ts) so the shared stylesheet is minified.
      // Conservative: runs of white space become one space, never none, so "</strong> (2.4×)" keeps its gap.
      const result = await minifyHTMLLiterals(code, { fileName: id, minifyOptions: { conservativeCollapse: true } });
      if (!result) return null;
      // The map is magic-string's, as a string: Vite parses it (its type allows a string version).
      return { code: result.code, map: result.map?.toString() ?? null };
    },
  };
}
