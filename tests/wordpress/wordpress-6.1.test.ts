/**
 * The plugin in Debian's WordPress 6.1 (no script modules, editor not in an
 * iframe), served offline by Playground: installed from the built zip as an
 * administrator would, used by an Author and a Contributor (kses applies to
 * both), read by visitors with and without JavaScript and by feed readers,
 * and uninstalled. WP_DEBUG is on: any PHP notice fails.
 * Needs `npm run build` first (the zip) and Debian's `wordpress` package.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { getFinding, listFindings, suggestFindingIds } from '../../src/data/index.js';
import { launchChrome, logIn, MODULE_PATH, visit, widgetsOn, widgetsUpgraded } from './browser.js';
import { insertBlock, notices, openEditor, previewedWidget, publish, savedContent } from './editor.js';
import {
  BAD_BLOCKS,
  BAD_BUT_SHOWN,
  BAD_SHORTCODES,
  block,
  BLOCK_CLASS,
  EXAMPLES,
  expectedFallback,
  expectedMarkup,
  NEIGHBOUR,
  paragraph,
  shownValue,
} from './content.js';
import { startSite, type Site } from './site.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const AUTHOR = { login: 'alice-author', password: 'author-password-1', role: 'author' };
const CONTRIBUTOR = { login: 'carl-contributor', password: 'contributor-password-1', role: 'contributor' };

interface Saved {
  id: number;
  status: string;
  content: string;
  unfiltered_html: boolean;
}

describe('the plugin in WordPress 6.1 (Debian)', { timeout: 20 * 60_000 }, () => {
  let site: Site;
  let browser: Browser;
  /** Post ids by slug. */
  const posts = new Map<string, number>();
  const url = (slug: string) => `${site.origin}/?p=${posts.get(slug)}`;

  /** Saves a post as a user; checks that what was saved is what the user wrote. */
  async function save(user: { login: string }, slug: string, content: string, status = 'publish'): Promise<Saved> {
    const saved = await site.act<Saved>('post', { author: user.login, title: slug, slug, content, status });
    posts.set(slug, saved.id);
    return saved;
  }

  before(async () => {
    site = await startSite('6.1');
    browser = await launchChrome();
    site.newLogLines(); // WordPress's own notices while installing itself under PHP 8.0
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('installs from the zip as Plugins → Add New → Upload does, and activates without a PHP notice', async () => {
    const installed = await site.act<{ php: string; name: string; version: string; active: boolean; folder: string }>('install', { zip: '/wordpress/mcw-plugin.zip' });
    assert.deepEqual(installed, { php: installed.php, name: 'Microcredential Widgets', version, active: true, folder: 'microcredential-widgets/microcredential-widgets.php' });
    assert.ok(installed.php.startsWith(`${site.php}.`), installed.php);
    assert.deepEqual(site.newLogLines(), []);
  });

  it('an Author and a Contributor save the block and the shortcode for every kind of finding: kses keeps them', async () => {
    await site.act('user', AUTHOR);
    await site.act('user', CONTRIBUTOR);
    await site.act('option', { name: 'posts_per_rss', value: 50 });
    for (const { kind, finding } of EXAMPLES) {
      const blockPost = [paragraph('Before the widget.'), block({ finding: finding.id }), paragraph(NEIGHBOUR)].join('\n\n');
      const shortcodePost = `Before the widget.\n\n[microcredential finding="${finding.id}"]\n\n${NEIGHBOUR}`;
      for (const [slug, content] of [[`block-${kind}`, blockPost], [`shortcode-${kind}`, shortcodePost]] as const) {
        const saved = await save(AUTHOR, slug, content);
        assert.equal(saved.unfiltered_html, false, 'an Author has no unfiltered_html');
        assert.equal(saved.content, content, `${slug} is saved as written`);
      }
    }
    const contributed = [block({ finding: EXAMPLES[0]!.finding.id }), `<!-- wp:shortcode -->\n[microcredential finding="${EXAMPLES[1]!.finding.id}"]\n<!-- /wp:shortcode -->`].join('\n\n');
    const pending = await save(CONTRIBUTOR, 'contributed', contributed, 'pending');
    assert.deepEqual([pending.status, pending.unfiltered_html, pending.content], ['pending', false, contributed]);
    const published = await site.act<{ status: string; content: string }>('publish', { id: pending.id });
    assert.deepEqual(published, { status: 'publish', content: contributed }, 'an Editor publishes it unchanged');
    assert.deepEqual(site.newLogLines(), []);
  });

  it('prints each widget server-rendered, byte for byte as the project renders it (WordPress adds no curly quotes or paragraphs)', async () => {
    // Apostrophes and quotes, which WordPress curls in post text: the widget keeps the renderer's, as its script will draw them.
    const typographic = ['dynata-employers-stronger-application', 'students-engagement-multiple'].map((id) => getFinding(id)!);
    await save(AUTHOR, 'typography', typographic.map((finding) => block({ finding: finding.id })).join('\n\n'));
    const typographyPage = await (await fetch(url('typography'))).text();
    for (const finding of typographic) assert.ok(typographyPage.includes(expectedMarkup(finding, { theme: 'light', language: 'en', className: BLOCK_CLASS })), finding.id);
    // The renderer writes apostrophes as &#39;, which WordPress leaves alone; dashes and dots it would change, but not in a widget.
    const text = `"Twice" -- or more...`;
    const { text: texturized } = await site.act<{ text: string }>('texturize', { text: `<p>${text}</p><stat-card><p>${text}</p></stat-card>` });
    assert.equal(texturized, `<p>&#8220;Twice&#8221; &#8212; or more&#8230;</p><stat-card><p>${text}</p></stat-card>`);
    for (const { kind, finding } of EXAMPLES) {
      const blockPage = await (await fetch(url(`block-${kind}`))).text();
      assert.ok(blockPage.includes(expectedMarkup(finding, { theme: 'light', language: 'en', className: BLOCK_CLASS })), `block-${kind}`);
      const shortcodePage = await (await fetch(url(`shortcode-${kind}`))).text();
      assert.ok(shortcodePage.includes(expectedMarkup(finding, { theme: 'light', language: 'en' })), `shortcode-${kind}`);
    }
    assert.deepEqual(site.newLogLines(), []);
  });

  it('published posts show the widgets: value visible, script loaded once, no console error, no layout shift with the script 2 s late', async () => {
    for (const { kind, finding, tag } of EXAMPLES) {
      for (const slug of [`block-${kind}`, `shortcode-${kind}`]) {
        const reader = await visit(browser, url(slug), { delayModuleMs: 2000 });
        await widgetsUpgraded(reader);
        await new Promise((resolve) => setTimeout(resolve, 500));
        const [widget, ...others] = await widgetsOn(reader.page);
        assert.equal(others.length, 0, slug);
        assert.equal(widget?.tag, tag, slug);
        assert.ok(widget.text.includes(shownValue(finding, 'en')), `${slug} shows ${shownValue(finding, 'en')}: ${widget.text}`);
        assert.equal(widget.error, false, slug);
        assert.equal(await reader.layoutShift(), 0, `${slug} does not shift`);
        assert.equal(await reader.page.$$eval(`script[src*="${MODULE_PATH}"]`, (scripts) => scripts.map((script) => script.getAttribute('type')).join()), 'module', slug);
        assert.ok((await reader.page.$eval('body', (body) => body.innerText)).includes(NEIGHBOUR), slug);
        assert.deepEqual(reader.problems, [], slug);
        await reader.page.close();
      }
    }
    const contributed = await visit(browser, url('contributed'));
    await widgetsUpgraded(contributed);
    assert.deepEqual((await widgetsOn(contributed.page)).map((widget) => [widget.tag, widget.error]), [[EXAMPLES[0]!.tag, false], [EXAMPLES[1]!.tag, false]]);
    assert.deepEqual(contributed.problems, []);
    await contributed.page.close();
  });

  it('with JavaScript off, readers still see each finding in its card', async () => {
    for (const { kind, finding } of EXAMPLES) {
      for (const slug of [`block-${kind}`, `shortcode-${kind}`]) {
        const reader = await visit(browser, url(slug), { javaScript: false });
        const [widget] = await widgetsOn(reader.page);
        assert.equal(widget?.upgraded, false, 'no script ran');
        assert.equal(widget.shadow, true, 'declarative shadow root');
        assert.ok(widget.text.includes(shownValue(finding, 'en')), `${slug}: ${widget.text}`);
        assert.ok(widget.height > 100, `${slug} is drawn (${widget.height}px)`);
        await reader.page.close();
      }
    }
  });

  it('loads the script only on pages with a finding', async () => {
    const page = await (await fetch(`${site.origin}/?p=1`)).text(); // "Hello world!"
    assert.ok(page.includes('Hello world'), 'the sample post');
    assert.ok(!page.includes(MODULE_PATH));
  });

  it('feeds carry the fallback text, without shadow roots or scripts', async () => {
    const feed = await (await fetch(`${site.origin}/?feed=rss2`)).text();
    for (const { finding } of EXAMPLES) assert.ok(feed.includes(expectedFallback(finding, 'en')), finding.id);
    assert.doesNotMatch(feed, /<template|<script|<stat-card|<comparison-bar|<trend-line/);
    assert.deepEqual(site.newLogLines(), []);
  });

  it('themes and languages: dark, auto (following the reader) and German, also without JavaScript', async () => {
    const [stat, comparison, trend] = EXAMPLES;
    await save(AUTHOR, 'themes', [
      block({ finding: stat!.finding.id, theme: 'dark' }),
      block({ finding: comparison!.finding.id, theme: 'auto', locale: 'de' }),
      `<!-- wp:shortcode -->\n[microcredential finding="${trend!.finding.id}" theme="auto" locale="fr"]\n<!-- /wp:shortcode -->`,
    ].join('\n\n'));
    const reader = await visit(browser, url('themes'), { javaScript: false });
    await reader.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const widgets = await widgetsOn(reader.page);
    assert.deepEqual(widgets.map((widget) => [widget.theme, widget.locale]), [['dark', 'en'], ['auto', 'de'], ['auto', 'fr']]);
    assert.ok(widgets[1]?.text.includes(shownValue(comparison!.finding, 'de')), widgets[1]?.text);
    const surfaces = await reader.page.$$eval('stat-card, comparison-bar, trend-line', (elements) => elements.map((element) => getComputedStyle(element.shadowRoot!.querySelector('figure')!).backgroundColor));
    assert.deepEqual(new Set(surfaces).size, 1, `every card is dark for a reader whose system is dark: ${surfaces}`);
    assert.notEqual(surfaces[0], 'rgb(255, 255, 255)');
    await reader.page.close();
    assert.deepEqual(site.newLogLines(), []);
  });

  it('bad input breaks nothing: readers get HTML comments, no PHP notice, nothing unsafe; neighbours and valid widgets stay', async () => {
    const content = [
      ...BAD_BLOCKS,
      ...BAD_SHORTCODES.map((shortcode) => `<!-- wp:shortcode -->\n${shortcode}\n<!-- /wp:shortcode -->`),
      paragraph(NEIGHBOUR),
    ].join('\n\n');
    await save(AUTHOR, 'bad-input', content);
    const html = await (await fetch(url('bad-input'))).text();
    const hidden = BAD_BLOCKS.length + BAD_SHORTCODES.length - BAD_BUT_SHOWN;
    assert.equal(html.match(/<!-- microcredential-widgets: a finding could not be shown; editors of this post see why\. -->/g)?.length, hidden);
    assert.ok(!html.includes('microcredential-widgets-note'), 'readers see no note');
    assert.deepEqual(site.newLogLines(), [], 'no PHP notice or warning');

    const reader = await visit(browser, url('bad-input'));
    await widgetsUpgraded(reader);
    const widgets = await widgetsOn(reader.page);
    assert.equal(widgets.length, BAD_BUT_SHOWN);
    assert.ok(widgets.every((widget) => !widget.error && widget.text.length > 0));
    assert.deepEqual(widgets.map((widget) => [widget.theme, widget.locale]), [['light', 'en'], ['light', 'en'], ['light', 'de']]);
    const unsafe = await reader.page.evaluate(() =>
      [...document.querySelectorAll('main *, .wp-site-blocks *')]
        .filter((element) => element.localName === 'script' || [...element.attributes].some((attribute) => /^on/i.test(attribute.name) || /javascript:/i.test(attribute.value)))
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    assert.deepEqual(unsafe, []);
    assert.ok((await reader.page.$eval('body', (body) => body.innerText)).includes(NEIGHBOUR));
    assert.deepEqual(reader.problems, []);
    await reader.page.close();
  });

  it("the post's author sees what is wrong on the page, with the closest valid ids", async () => {
    const author = await logIn(browser, site.origin, AUTHOR, `/?p=${posts.get('bad-input')}`);
    const notes = await author.page.$$eval('.microcredential-widgets-note', (elements) => elements.map((element) => (element as HTMLElement).innerText));
    assert.equal(notes.length, BAD_BLOCKS.length + BAD_SHORTCODES.length);
    assert.match(notes[0] ?? '', /There is no finding "employers-higher-salary"\. Closest ids: employers-higher-starting-salary, /);
    assert.match(notes[1] ?? '', /No finding is chosen/);
    assert.ok(notes.some((note) => /Unknown theme "purple"/.test(note)));
    assert.ok(notes.every((note) => note.includes('Only editors of this post see this note.')));
    assert.deepEqual(author.problems, []);
    await author.page.browserContext().close();
    assert.deepEqual(site.newLogLines(), []);
  });

  it("the page's closest ids are the data API's (the element's and the editor's)", async () => {
    for (const typed of ['employers-higher-salary', 'salary', ' STUDENTS ', 'x', '', 'trend', 'credential-employers', '"><script>', 'a'.repeat(300)]) {
      const { ids } = await site.act<{ ids: string[] }>('suggest', { typed });
      assert.deepEqual(ids, suggestFindingIds(typed), typed);
    }
  });

  it('in the block editor an Author finds a finding, sees the real widget, sets the theme, is told of a bad id, and publishes', async () => {
    const editor = await openEditor(browser, site.origin, AUTHOR);
    assert.equal(editor.iframed, false, 'WordPress 6.1 draws blocks in the editor page');
    await insertBlock(editor);
    const search = await editor.canvas.waitForSelector('.is-root-container .mcw-picker input');
    await search!.type('credit toward degree');
    const items = await editor.canvas.$$eval('.is-root-container .mcw-picker-item', (buttons) => buttons.map((button) => (button as HTMLElement).innerText));
    assert.ok(items.length > 0 && items.length < listFindings().length, `the search narrows the list: ${items.length}`);
    assert.ok(items.some((item) => item.includes('students-want-credit-bearing')), items.join(' | '));
    await editor.canvas.evaluate(() => {
      const item = [...document.querySelectorAll<HTMLElement>('.is-root-container .mcw-picker-item')].find((button) => button.innerText.includes('students-want-credit-bearing'));
      item?.click();
    });
    const preview = await previewedWidget(editor);
    assert.deepEqual(await preview.evaluate((element) => [element.localName, element.getAttribute('finding')]), ['trend-line', 'students-want-credit-bearing']);
    const value = shownValue(getFinding('students-want-credit-bearing')!, 'en');
    assert.ok((await preview.evaluate((element) => element.shadowRoot!.querySelector<HTMLElement>('figure')!.innerText)).includes(value), value);

    const theme = await editor.page.waitForSelector('.block-editor-block-inspector .mcw-theme select');
    await theme!.select('dark');
    await editor.canvas.waitForFunction(() => document.querySelector('.is-root-container trend-line')?.getAttribute('theme') === 'dark');

    await insertBlock(editor, { finding: 'employers-higher-salary' });
    const [notice] = await notices(editor);
    assert.match(notice ?? '', /There is no finding "employers-higher-salary"\.\s*Closest ids:\s*employers-higher-starting-salary/);
    await editor.canvas.evaluate(() => {
      const suggestion = [...document.querySelectorAll<HTMLElement>('.is-root-container .components-notice button')].find((button) => button.innerText === 'employers-higher-starting-salary');
      suggestion?.click();
    });
    await editor.canvas.waitForFunction(() => document.querySelector('.is-root-container stat-card')?.shadowRoot?.querySelector('figure'));
    assert.deepEqual(await notices(editor), []);

    const content = await savedContent(editor);
    assert.match(content, /<!-- wp:microcredential-widgets\/finding \{"finding":"students-want-credit-bearing","theme":"dark"\} \/-->/);
    const id = await publish(editor, 'Written in the block editor');
    assert.deepEqual(editor.problems.filter((problem) => problem.includes('microcredential') || problem.startsWith('uncaught')), []);
    await editor.page.browserContext().close();

    const reader = await visit(browser, `${site.origin}/?p=${id}`);
    await widgetsUpgraded(reader);
    assert.deepEqual((await widgetsOn(reader.page)).map((widget) => [widget.tag, widget.finding, widget.theme, widget.error]), [
      ['trend-line', 'students-want-credit-bearing', 'dark', false],
      ['stat-card', 'employers-higher-starting-salary', 'light', false],
    ]);
    assert.deepEqual(reader.problems, []);
    await reader.page.close();
    assert.deepEqual(site.newLogLines(), []);
  });

  it('uninstalling leaves nothing behind: no folder, option or meta', async () => {
    const left = await site.act('uninstall');
    assert.deepEqual(left, { deleted: true, folder_exists: false, options: [], usermeta: [], postmeta: [] });
    assert.deepEqual(site.newLogLines(), []);
  });
});
