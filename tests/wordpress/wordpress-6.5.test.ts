/**
 * The plugin in WordPress 6.5 (script modules, the block editor's canvas in an
 * iframe, the Twenty Twenty-Four theme) on PHP 7.4, served offline by Playground: a
 * shorter pass than 6.1's over the same ground, for what differs there.
 * Needs `npm run build` first; fetches WordPress 6.5 once (see wordpress-builds.ts).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { launchChrome, MODULE_PATH, visit, widgetsOn, widgetsUpgraded } from './browser.js';
import { insertBlock, notices, openEditor, previewedWidget } from './editor.js';
import { BAD_BLOCKS, BAD_BUT_SHOWN, BAD_SHORTCODES, block, BLOCK_CLASS, EXAMPLES, expectedMarkup, NEIGHBOUR, paragraph, shownValue } from './content.js';
import { startSite, type Site } from './site.js';

const AUTHOR = { login: 'alice-author', password: 'author-password-1', role: 'author' };

describe('the plugin in WordPress 6.5 on PHP 7.4', { timeout: 15 * 60_000 }, () => {
  let site: Site;
  let browser: Browser;
  const posts = new Map<string, number>();
  const url = (slug: string) => `${site.origin}/?p=${posts.get(slug)}`;

  before(async () => {
    site = await startSite('6.5');
    browser = await launchChrome();
    site.newLogLines();
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('installs from the zip, and an Author saves every kind of finding as blocks and one as a shortcode', async () => {
    const installed = await site.act<{ php: string; active: boolean }>('install', { zip: '/wordpress/mcw-plugin.zip' });
    assert.ok(installed.active && installed.php.startsWith('7.4.'), `active on PHP ${installed.php}, the oldest the plugin supports`);
    await site.act('user', AUTHOR);
    const contents = {
      blocks: [paragraph('Before the widgets.'), ...EXAMPLES.map(({ finding }) => block({ finding: finding.id })), paragraph(NEIGHBOUR)].join('\n\n'),
      shortcode: `Before the widget.\n\n[microcredential finding="${EXAMPLES[2]!.finding.id}"]\n\n${NEIGHBOUR}`,
      'bad-input': [...BAD_BLOCKS, ...BAD_SHORTCODES.map((shortcode) => `<!-- wp:shortcode -->\n${shortcode}\n<!-- /wp:shortcode -->`), paragraph(NEIGHBOUR)].join('\n\n'),
    };
    for (const [slug, content] of Object.entries(contents)) {
      const saved = await site.act<{ id: number; content: string }>('post', { author: AUTHOR.login, title: slug, slug, content, status: 'publish' });
      posts.set(slug, saved.id);
      if (slug !== 'bad-input') assert.equal(saved.content, content, slug); // kses takes the <script> out of the bad input
    }
    assert.deepEqual(site.newLogLines(), []);
  });

  it('prints the widgets server-rendered as the project renders them, and the module once, as a script module', async () => {
    const page = await (await fetch(url('blocks'))).text();
    for (const { finding } of EXAMPLES) assert.ok(page.includes(expectedMarkup(finding, { theme: 'light', language: 'en', className: BLOCK_CLASS })), finding.id);
    const tags = page.match(new RegExp(`<script[^>]*${MODULE_PATH}[^>]*>`, 'g')) ?? [];
    assert.equal(tags.length, 1, tags.join('\n'));
    assert.match(tags[0]!, /type="module"/);
    assert.match(tags[0]!, /id="microcredential-widgets-js-module"/, 'printed by wp_enqueue_script_module');
    assert.deepEqual(site.newLogLines(), []);
  });

  it('readers see the widgets with no console error and no layout shift when the script comes 2 s late; without JavaScript too', async () => {
    for (const slug of ['blocks', 'shortcode']) {
      const reader = await visit(browser, url(slug), { delayModuleMs: 2000, blockFonts: true });
      await widgetsUpgraded(reader);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const widgets = await widgetsOn(reader.page);
      const shown = slug === 'blocks' ? EXAMPLES : [EXAMPLES[2]!];
      assert.deepEqual(widgets.map((widget) => widget.tag), shown.map(({ tag }) => tag));
      widgets.forEach((widget, i) => assert.ok(widget.text.includes(shownValue(shown[i]!.finding, 'en')), widget.text));
      assert.equal(await reader.layoutShift(), 0, slug);
      assert.deepEqual(reader.problems, [], slug);
      await reader.page.close();

      const withoutScript = await visit(browser, url(slug), { javaScript: false });
      const drawn = await widgetsOn(withoutScript.page);
      drawn.forEach((widget, i) => assert.ok(!widget.upgraded && widget.shadow && widget.text.includes(shownValue(shown[i]!.finding, 'en')), widget.text));
      await withoutScript.page.close();
    }
  });

  it('bad input leaves comments for readers, no PHP notice, and the valid widgets', async () => {
    const page = await (await fetch(url('bad-input'))).text();
    assert.equal(page.match(/<!-- microcredential-widgets: a finding could not be shown/g)?.length, BAD_BLOCKS.length + BAD_SHORTCODES.length - BAD_BUT_SHOWN);
    assert.ok(page.includes(NEIGHBOUR));
    assert.deepEqual(site.newLogLines(), []);
  });

  it("the block editor draws the blocks in an iframe, and the preview's module loads there", async () => {
    const editor = await openEditor(browser, site.origin, AUTHOR);
    assert.equal(editor.iframed, true, 'WordPress 6.5 draws blocks of API version 3 in an iframe');
    await insertBlock(editor, { finding: 'students-want-credit-bearing' });
    const preview = await previewedWidget(editor);
    assert.equal(await preview.evaluate((element) => element.ownerDocument !== element.ownerDocument.defaultView?.top?.document), true, 'inside the iframe');
    await insertBlock(editor, { finding: 'employers-higher-salary', theme: 'sepia' });
    const shown = await notices(editor);
    assert.match(shown[0] ?? '', /There is no finding "employers-higher-salary"\.\s*Closest ids:\s*employers-higher-starting-salary/);
    assert.match(shown[1] ?? '', /Unknown theme "sepia"/);
    assert.deepEqual(editor.problems.filter((problem) => problem.includes('microcredential') || problem.startsWith('uncaught')), []);
    await editor.page.browserContext().close();
    assert.deepEqual(site.newLogLines(), []);
  });
});
