/** The block editor as an author uses it: the block's picker, preview, sidebar and notices. */
import type { Browser, ElementHandle, Frame } from 'puppeteer-core';
import { logIn, PAGE_TIMEOUT_MS, type Visit } from './browser.js';

export interface Editor extends Visit {
  /** Where the blocks are drawn: an iframe in newer editors, the editor page itself in older ones. */
  canvas: Frame;
  iframed: boolean;
}

/** Logs in and opens a new post in the block editor, its welcome guide closed. */
export async function openEditor(browser: Browser, origin: string, user: { login: string; password: string }): Promise<Editor> {
  const visit = await logIn(browser, origin, user, '/wp-admin/post-new.php');
  const { page } = visit;
  await page
    .waitForFunction(() => (globalThis as unknown as { wp?: { blocks?: { getBlockType?: (name: string) => unknown } } }).wp?.blocks?.getBlockType?.('microcredential-widgets/finding'), {
      timeout: PAGE_TIMEOUT_MS,
    })
    .catch(async (error: unknown) => {
      const text = await page.evaluate(() => document.body?.innerText.slice(0, 500)).catch(() => '');
      throw new Error(`the block editor did not offer the block at ${page.url()} (${String(error)}): ${text}; problems: ${visit.problems.join(' | ')}`);
    });
  await page.evaluate(() => {
    const { data } = (globalThis as unknown as { wp: { data: WpData } }).wp;
    const preferences = data.dispatch('core/preferences');
    if (preferences?.set) preferences.set('core/edit-post', 'welcomeGuide', false);
    else if (data.select('core/edit-post').isFeatureActive('welcomeGuide')) data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  await page.waitForSelector('.block-editor-writing-flow, iframe[name="editor-canvas"]', { timeout: PAGE_TIMEOUT_MS });
  const iframe = await page.$('iframe[name="editor-canvas"]');
  const canvas = iframe ? await iframe.contentFrame() : page.mainFrame();
  if (iframe) await canvas.waitForSelector('.is-root-container', { timeout: PAGE_TIMEOUT_MS });
  return { ...visit, canvas, iframed: iframe !== null };
}

/** The block editor's data stores, as far as these tests use them. */
interface WpData {
  dispatch(store: 'core/preferences'): { set?: (scope: string, name: string, value: unknown) => void } | undefined;
  dispatch(store: 'core/edit-post'): { toggleFeature(name: string): void };
  dispatch(store: 'core/block-editor'): { insertBlocks(blocks: unknown): void };
  dispatch(store: 'core/editor'): { editPost(edits: object): void; savePost(): Promise<void> };
  select(store: 'core/edit-post'): { isFeatureActive(name: string): boolean };
  select(store: 'core/editor'): { getEditedPostContent(): string; isSavingPost(): boolean; getCurrentPostAttribute(name: string): unknown; getCurrentPostId(): number };
}

/** Adds the block with these attributes at the end of the post, selected. */
export async function insertBlock(editor: Editor, attributes: Record<string, unknown> = {}): Promise<void> {
  await editor.page.evaluate((attributes) => {
    const { blocks, data } = (globalThis as unknown as { wp: { blocks: { createBlock(name: string, attributes: unknown): unknown }; data: WpData } }).wp;
    data.dispatch('core/block-editor').insertBlocks(blocks.createBlock('microcredential-widgets/finding', attributes));
  }, attributes);
}

/** The block's element in the canvas (the last one), once the editor's copy of the module has drawn it. */
export async function previewedWidget(editor: Editor): Promise<ElementHandle<Element>> {
  await editor.canvas.waitForFunction(
    () => {
      const widgets = document.querySelectorAll('.is-root-container :is(stat-card, comparison-bar, trend-line)');
      const last = widgets[widgets.length - 1];
      return last && customElements.get(last.localName) && last.shadowRoot?.querySelector('figure');
    },
    { timeout: PAGE_TIMEOUT_MS },
  );
  const widgets = await editor.canvas.$$('.is-root-container :is(stat-card, comparison-bar, trend-line)');
  const last = widgets.at(-1);
  if (!last) throw new Error('no widget in the editor');
  return last;
}

/** The visible text of the block editor's notices in the canvas. */
export async function notices(editor: Editor): Promise<string[]> {
  return editor.canvas.$$eval('.is-root-container .components-notice', (elements) => elements.map((element) => (element as HTMLElement).innerText));
}

/** The post's blocks as the editor would save them. */
export async function savedContent(editor: Editor): Promise<string> {
  return editor.page.evaluate(() => (globalThis as unknown as { wp: { data: WpData } }).wp.data.select('core/editor').getEditedPostContent());
}

/** Sets the title and publishes the post as the logged-in user; resolves to the post's id. */
export async function publish(editor: Editor, title: string): Promise<number> {
  await editor.page.evaluate((title) => {
    const { data } = (globalThis as unknown as { wp: { data: WpData } }).wp;
    data.dispatch('core/editor').editPost({ title, status: 'publish' });
    void data.dispatch('core/editor').savePost();
  }, title);
  await editor.page.waitForFunction(
    () => {
      const editor = (globalThis as unknown as { wp: { data: WpData } }).wp.data.select('core/editor');
      return !editor.isSavingPost() && editor.getCurrentPostAttribute('status') === 'publish';
    },
    { timeout: PAGE_TIMEOUT_MS },
  );
  return editor.page.evaluate(() => (globalThis as unknown as { wp: { data: WpData } }).wp.data.select('core/editor').getCurrentPostId());
}
