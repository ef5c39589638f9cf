/**
 * The live elements lay out the same view model as the exports (see
 * tests/node/renderers.test.ts): for every finding, the element shows the
 * view's figure, values, statement, source line and marks.
 */
import { expect, fixture } from '@open-wc/testing';
import { listFindings } from '../../src/index.js';
import { viewOf } from '../../src/view/index.js';
import { TAG_FOR_KIND } from '../../src/view/widgets.js';
import { settle, shadowOf, type AnyWidget } from './helpers.js';

const folded = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('every element says what the view model says', () => {
  it(`shows the figure, values, statement, source and marks of all ${listFindings().length} findings`, async () => {
    const host = await fixture<HTMLDivElement>('<div style="width: 600px"></div>');
    for (const finding of listFindings()) {
      const element = document.createElement(TAG_FOR_KIND[finding.kind]) as AnyWidget;
      element.finding = finding.id;
      host.replaceChildren(element);
      await settle(element);
      const view = viewOf(finding, { locale: 'en' });
      const root = shadowOf(element);
      const text = folded(root.textContent);
      const expected = [
        view.label ?? '',
        view.statement ?? '',
        // The element spaces the source line's dots with CSS, so its parts are checked one by one.
        ...(view.source?.parts ?? []),
        ...(view.kind === 'stat' ? [view.figure, view.exact ?? ''] : []),
        ...(view.kind === 'comparison' ? view.bars.flatMap((bar) => [bar.label, bar.shown]) : []),
        ...(view.kind === 'trend' ? view.points.flatMap((point) => [point.label, point.shown]) : []),
        view.doubt ?? '',
        view.kind === 'comparison' ? (view.notComparable ?? `${view.callout?.strong} ${view.callout?.rest}`) : '',
      ];
      for (const words of expected) expect(text, `${finding.id}: "${words}"`).to.contain(folded(words));
      const chart = root.querySelector('[role="img"]');
      if (view.kind !== 'stat') expect(chart?.getAttribute('aria-label'), finding.id).to.equal(view.chartName);
      expect(root.querySelector('figure')?.getAttribute('aria-label'), finding.id).to.equal(view.title);
      expect(root.querySelector('.note')?.hasAttribute('open') ?? false, `${finding.id}: the note is open for a doubtful figure`).to.equal(!!view.doubt);
    }
  });
});
