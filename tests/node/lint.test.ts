import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { repoPath } from './helpers.js';

/** Lints a snippet as if it were a file in src/, and returns the messages of the text-safety rules. */
async function textSafetyMessages(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoPath('.') });
  const [result] = await eslint.lintText(code, { filePath: repoPath('src/element/example.ts') });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-syntax' || message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the lint rule that keeps text as text', () => {
  for (const [what, code] of [
    ['innerHTML assignment', 'export const f = (el: Element, text: string) => { el.innerHTML = text; };'],
    ['outerHTML assignment', 'export const f = (el: Element, text: string) => { el.outerHTML = text; };'],
    ['insertAdjacentHTML', "export const f = (el: Element, text: string) => el.insertAdjacentHTML('beforeend', text);"],
    ['document.write', 'export const f = (text: string) => document.write(text);'],
    ['the unsafeHTML directive', "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const f = unsafeHTML;"],
    ['unsafeStatic', "import { unsafeStatic } from 'lit/static-html.js';\nexport const f = unsafeStatic;"],
  ] as const) {
    it(`fails on ${what}`, async () => {
      const messages = await textSafetyMessages(code);
      assert.ok(messages.length > 0, `no lint error for ${what}`);
      assert.match(messages[0] ?? '', /must be rendered as text/);
    });
  }

  it('accepts text bound in a Lit template', async () => {
    assert.deepEqual(await textSafetyMessages("import { html } from 'lit';\nexport const f = (text: string) => html`<p>${text}</p>`;"), []);
  });
});
