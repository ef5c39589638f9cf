import { expect } from '@open-wc/testing';
import { getFinding, queryFindings, listFindings } from '../../src/data/index.js';

describe('data API in the browser', () => {
  it('resolves findings without a server or a fetch', () => {
    expect(getFinding('students-want-credit-bearing')?.kind).to.equal('trend');
    expect(queryFindings({ report: 'mcir-2024' }).length).to.be.greaterThan(10);
    expect(listFindings().length).to.be.greaterThan(60);
  });

  it('does not load zod: the data arrives validated', () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((url) => url.includes('/src/data/'))).to.equal(true);
    expect(loaded.filter((url) => /\/zod\//.test(url))).to.deep.equal([]);
  });
});
