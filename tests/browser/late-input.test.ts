import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ComparisonBar, StatCard } from '../../src/index.js';
import { captureWarnings, hasPart, settle, shadowOf } from './helpers.js';

/** How long an element given no input waits before it says there is nothing to show. */
const WAIT = 2000;

/** The mcw-error messages an element fires from now on. */
function errorEvents(element: Element): string[] {
  const messages: string[] = [];
  element.addEventListener('mcw-error', (event) => messages.push((event as CustomEvent<{ message: string }>).detail.message));
  return messages;
}

describe('input set by a script after the element renders', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('waits quietly for data that arrives 300 ms later, as after a fetch: no error, no warning, no event', async () => {
    const bar = await fixture<ComparisonBar>(html`<comparison-bar label="Likely to enrol"></comparison-bar>`);
    const events = errorEvents(bar);
    let errorShown = false;
    const watcher = new MutationObserver(() => (errorShown ||= hasPart(bar, 'error')));
    watcher.observe(shadowOf(bar), { childList: true, subtree: true });
    await aTimeout(300);
    expect(shadowOf(bar).textContent?.trim(), 'an empty box while it waits').to.equal('');
    expect(bar.problem).to.equal(undefined);
    bar.data = [{ label: 'Without', value: 36 }, { label: 'With', value: 88 }];
    await settle(bar);
    expect(hasPart(bar, 'chart')).to.equal(true);
    // Past the wait, still nothing to report.
    await aTimeout(WAIT);
    watcher.disconnect();
    expect(errorShown, 'the error box never appeared').to.equal(false);
    expect(warnings.messages).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });

  it('says there is nothing to show once it has waited and is still empty: the error, one warning, one event', async () => {
    const card = await fixture<StatCard>(html`<stat-card></stat-card>`);
    const events = errorEvents(card);
    await aTimeout(WAIT / 2);
    expect(hasPart(card, 'error')).to.equal(false);
    expect(warnings.messages).to.deep.equal([]);
    await waitUntil(() => hasPart(card, 'error') && events.length > 0, 'the error after the wait', { timeout: WAIT * 2 });
    await settle(card);
    const message = 'nothing to show: set finding="…" to a finding id, or give value="42"';
    expect(shadowOf(card).querySelector('[part~="error"]')?.textContent).to.contain(message);
    expect(card.problem).to.contain(message);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`<stat-card>: ${message}`);
    expect(events).to.deep.equal([card.problem]);
  });

  it('shows wrong input at once, without waiting', async () => {
    const bar = await fixture<ComparisonBar>(html`<comparison-bar data='[{"label":"A","value":1}'></comparison-bar>`);
    const events = errorEvents(bar);
    expect(hasPart(bar, 'error'), 'on the first render').to.equal(true);
    await settle(bar);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('data is not valid JSON');
    expect(events).to.have.length(1);
  });
});
