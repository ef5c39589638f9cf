import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { listFindings, StatCard } from '../../src/index.js';
import { define } from '../../src/element/define.js';
import { FindingElement } from '../../src/element/finding-element.js';
import { TAG_FOR_KIND } from '../../src/view/widgets.js';
import { captureWarnings, hasPart, settle, shadowOf, type AnyWidget } from './helpers.js';

function createWidget(tag: string, finding: string): AnyWidget {
  const element = document.createElement(tag);
  if (!(element instanceof FindingElement)) throw new Error(`<${tag}> is not a widget`);
  element.finding = finding;
  return element;
}

describe('every element together', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('renders every finding in its fitting element without an error or a warning', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const elements = listFindings().map((finding) => {
      const element = createWidget(TAG_FOR_KIND[finding.kind], finding.id);
      wrapper.append(element);
      return element;
    });
    await Promise.all(elements.map((element) => settle(element)));
    const failing = elements.filter((element) => element.problem !== undefined || hasPart(element, 'error'));
    expect(failing.map((element) => `${element.finding}: ${element.problem}`)).to.deep.equal([]);
    for (const element of elements) {
      expect(shadowOf(element).textContent, element.finding).not.to.match(/NaN|Infinity|undefined/);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('refuses every finding in an element that does not fit it, naming the one that does', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const checks = listFindings().flatMap((finding) =>
      Object.values(TAG_FOR_KIND)
        .filter((tag) => tag !== TAG_FOR_KIND[finding.kind])
        .map((tag) => {
          const element = createWidget(tag, finding.id);
          wrapper.append(element);
          return { element, fitting: TAG_FOR_KIND[finding.kind], id: finding.id };
        }),
    );
    await Promise.all(checks.map(({ element }) => element.updateComplete));
    for (const { element, fitting, id } of checks) {
      expect(element.problem, `${element.localName} ${id}`).to.contain(`use <${fitting} finding="${id}">`);
    }
  });

  it('has no horizontal scroll at 280 px, in any state', async () => {
    const wrapper = await fixture(html`<div style="width: 280px">
      <stat-card finding="dynata-students-stand-out"></stat-card>
      <comparison-bar finding="students-enrolment-by-credential-type"></comparison-bar>
      <trend-line finding="students-want-credit-bearing"></trend-line>
      <stat-card finding="an-id-that-does-not-exist-and-is-quite-long-indeed"></stat-card>
      <comparison-bar data="not json at all, and a long sentence to wrap"></comparison-bar>
      <stat-card value="1" label="Averyveryveryveryveryveryveryveryveryverylongwordwithoutanyspaces"></stat-card>
    </div>`);
    const elements = [...wrapper.children].filter((child): child is AnyWidget => child instanceof FindingElement);
    await Promise.all(elements.map((element) => settle(element)));
    await aTimeout(50);
    for (const element of elements) {
      expect(element.scrollWidth, element.outerHTML).to.be.at.most(element.clientWidth);
      expect(element.getBoundingClientRect().width).to.be.at.most(280);
    }
  });

  it('lets axe see inside the shadow roots (a low-contrast token is reported)', async () => {
    const card = await fixture(html`<stat-card finding="entry-level-raise" style="--mcw-muted-color: #f4f4f4"></stat-card>`);
    await expect(card).not.to.be.accessible();
  });

  describe('registration', () => {
    it('ignores a second registration of the same class', () => {
      expect(() => define('stat-card', StatCard)).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    });

    it('keeps the first class when another copy registers, warning once for all tags', () => {
      class OtherCopy extends HTMLElement {}
      class YetAnother extends HTMLElement {}
      expect(() => {
        define('stat-card', OtherCopy);
        define('comparison-bar', YetAnother);
        define('trend-line', OtherCopy);
      }).not.to.throw();
      expect(customElements.get('stat-card')).to.equal(StatCard);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('already defined');
    });
  });
});
