import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ComparisonBar, StatCard, TrendLine } from '../../src/index.js';
import { captureWarnings, part, settle, shadowOf, textOf } from './helpers.js';

describe('languages', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

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
