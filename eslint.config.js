import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const TEXT_STAYS_TEXT = 'Text from data and attributes must be rendered as text: bind it in a Lit template instead.';

/** The rule that keeps author and data text out of the HTML parser, for the library and the site. */
export const textStaysText = {
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'], message: TEXT_STAYS_TEXT }] },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: TEXT_STAYS_TEXT },
    { selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|parseHTMLUnsafe)$/]', message: TEXT_STAYS_TEXT },
    { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: TEXT_STAYS_TEXT },
    { selector: 'ImportSpecifier[imported.name=/^unsafe(HTML|SVG|MathML|Static)$/]', message: TEXT_STAYS_TEXT },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/data/dataset.generated.ts', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['src/**/*.ts', 'site/**/*.ts', 'wordpress/**/*.ts'], rules: textStaysText },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
