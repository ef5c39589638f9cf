// The README's WordPress screenshots, taken from a real WordPress (Debian's 6.1,
// offline, as the WordPress tests run it): the block editor's finding picker, and
// a published post. Run `npm run build` first, then
//   npx tsx scripts/wordpress-screenshots.ts [docs/images]
import { join } from 'node:path';
import { launchChrome, visit, widgetsUpgraded } from '../tests/wordpress/browser.js';
import { block, paragraph } from '../tests/wordpress/content.js';
import { insertBlock, openEditor, previewedWidget } from '../tests/wordpress/editor.js';
import { startSite } from '../tests/wordpress/site.js';

const out = process.argv[2] ?? 'docs/images';
const author = { login: 'maria', password: 'author-password-1', role: 'author' };

const site = await startSite('6.1');
const browser = await launchChrome();
try {
  await site.act('install', { zip: '/wordpress/mcw-plugin.zip' });
  await site.act('user', author);
  const { id } = await site.act<{ id: number }>('post', {
    author: author.login,
    title: 'Do micro-credentials pay off?',
    slug: 'do-micro-credentials-pay-off',
    status: 'publish',
    content: [
      paragraph('Employers say they would pay more to start for candidates who hold micro-credentials:'),
      block({ finding: 'employers-higher-starting-salary' }),
      paragraph('Students care most about whether a credential counts toward a degree.'),
      block({ finding: 'students-enrolment-by-credential-type' }),
    ].join('\n\n'),
  });

  const reader = await visit(browser, `${site.origin}/?p=${id}`, { width: 900 });
  await widgetsUpgraded(reader);
  await reader.page.setViewport({ width: 900, height: 1180 });
  await reader.page.screenshot({ path: join(out, 'wordpress-post.png') });
  await reader.page.close();

  const editor = await openEditor(browser, site.origin, author);
  await editor.page.setViewport({ width: 1280, height: 1000 });
  await editor.page.evaluate(() => {
    const { data } = (globalThis as unknown as { wp: { data: { dispatch(store: string): { editPost(edits: object): void } } } }).wp;
    data.dispatch('core/editor').editPost({ title: 'What employers told the survey' });
  });
  await insertBlock(editor, { finding: 'employers-higher-starting-salary' });
  await previewedWidget(editor);
  await insertBlock(editor);
  const search = await editor.canvas.waitForSelector('.is-root-container .mcw-picker input');
  await search!.type('hire');
  await editor.canvas.select('.is-root-container .mcw-picker select', 'employers');
  await new Promise((resolve) => setTimeout(resolve, 500));
  await editor.page.screenshot({ path: join(out, 'wordpress-editor.png') });
  console.log(`wrote ${join(out, 'wordpress-post.png')} and ${join(out, 'wordpress-editor.png')}`);
} finally {
  await browser.close();
  await site.stop();
}
