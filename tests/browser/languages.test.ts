import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { listFindings, type ComparisonBar, type StatCard, type TrendLine } from '../../src/index.js';
import { viewOf } from '../../src/view/index.js';
import { LANGUAGES } from '../../src/view/locale.js';
import { TAG_FOR_KIND } from '../../src/view/widgets.js';
import { captureWarnings, part, settle, shadowOf, textOf, type AnyWidget } from './helpers.js';

/** Every string in a value: all a view model gives the element to say. */
const textsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(textsIn) : [];

/** What the element says: its text and the names it gives assistive technology. */
const said = (root: ShadowRoot) =>
  [root.textContent ?? '', ...[...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? '')].join(' ');

describe('languages', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  // The view's words are held to "no English but proper names" in every language by tests/node/languages.test.ts.
  for (const language of LANGUAGES.filter((language) => language !== 'en')) {
    it(`${language}: every finding says the view model's words and no word of its own`, async () => {
      const host = await fixture<HTMLDivElement>('<div style="width: 600px"></div>');
      for (const finding of listFindings()) {
        const element = document.createElement(TAG_FOR_KIND[finding.kind]) as AnyWidget;
        element.finding = finding.id;
        element.locale = language;
        host.replaceChildren(element);
        await settle(element);
        const texts = textsIn(viewOf(finding, { locale: language })).sort((a, b) => b.length - a.length);
        const rest = texts.reduce((text, words) => text.split(words).join(' '), said(shadowOf(element)));
        expect(rest, `${finding.id} (${language})`).to.match(/^[\s\p{P}\p{S}\p{N}]*$/u);
      }
    });
  }

  it('speaks the nearest lang: German words and German numbers', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><stat-card finding="employers-higher-starting-salary"></stat-card></div>`);
    const card = wrapper.querySelector('stat-card') as StatCard;
    await settle(card);
    expect(textOf(card, 'label')).to.equal('Arbeitgeber, die zum Einstieg mehr zahlen würden');
    expect(textOf(card, 'value')).to.contain('90 %');
    expect(textOf(card, 'source')).to.contain('Berichtet von');
    expect(part(card, 'base').getAttribute('lang')).to.equal('de');
  });

  it('takes a regional tag’s language: es-MX speaks Spanish', async () => {
    const bar = await fixture<ComparisonBar>(html`<comparison-bar finding="students-enrolment-by-credential-type" locale="es-MX"></comparison-bar>`);
    await settle(bar);
    expect(textOf(bar, 'difference')).to.match(/puntos/);
    expect(part(bar, 'base').getAttribute('lang')).to.equal('es');
  });

  it('shows two languages side by side on one page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <trend-line finding="students-want-credit-bearing" locale="hi"></trend-line>
      <trend-line finding="students-want-credit-bearing" locale="tr"></trend-line>
    </div>`);
    const [hindi, turkish] = [...wrapper.querySelectorAll('trend-line')] as TrendLine[];
    await settle(hindi!);
    await settle(turkish!);
    expect(part(hindi!, 'base').getAttribute('lang')).to.equal('hi');
    expect(part(turkish!, 'base').getAttribute('lang')).to.equal('tr');
    expect(textOf(hindi!, 'change')).to.match(/[\u0900-\u097F]/);
    expect(textOf(turkish!, 'change')).to.contain('puan');
  });

  it('speaks English, with no warning, for a language it has no words for', async () => {
    const card = await fixture<StatCard>(html`<stat-card finding="employers-higher-starting-salary" locale="pt-BR"></stat-card>`);
    await settle(card);
    expect(textOf(card, 'label')).to.equal('Employers who would pay more to start');
    expect(textOf(card, 'value')).to.contain('90');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('says what is wrong in the reader’s language', async () => {
    const card = await fixture<StatCard>(html`<stat-card finding="employers-higher-salary" locale="fr"></stat-card>`);
    await settle(card);
    const error = textOf(card, 'error');
    expect(error).to.contain('employers-higher-starting-salary');
    expect(error).not.to.contain('cannot be shown');
    expect(shadowOf(card).querySelector('[part="error"]')?.getAttribute('lang')).to.equal('fr');
    expect(warnings.messages).to.have.length(1);
  });

  it('follows a change of locale', async () => {
    const card = await fixture<StatCard>(html`<stat-card finding="employers-higher-starting-salary" locale="de"></stat-card>`);
    await settle(card);
    card.locale = 'es';
    await settle(card);
    expect(part(card, 'base').getAttribute('lang')).to.equal('es');
    expect(textOf(card, 'label')).not.to.equal('Arbeitgeber, die zum Einstieg mehr zahlen würden');
  });
});
