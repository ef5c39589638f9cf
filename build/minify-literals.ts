/**
 * Minifies the CSS, HTML and SVG inside Lit's tagged templates at build time.
 * Lit ships those strings as written, indentation and all; collapsing them is
 * a large part of what keeps the bundle small.
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
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true } });
      return result ? { code: result.code, map: result.map ?? null } : null;
    },
  };
}
