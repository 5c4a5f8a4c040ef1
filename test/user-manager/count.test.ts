import { expect } from '@open-wc/testing';
import { BULK_ACCOUNT_ID, createDemoData } from '../../src/api/memory/demo-data.js';
import { COUNT_BOUND, SEARCH_COUNT_BOUND } from '../../src/api/memory/count-bound.js';
import { $, demoClient, mount } from './helpers.js';

/** Issue 21: a count the server stopped at is shown as "more than N", never as the total. */
describe('<tk-user-manager> bounded count', () => {
  const bulk = () => demoClient({ principal: 'usr_acme_admin', data: createDemoData({ bulk: true }) });

  it('says "more than" for a count that stopped at the bound, in the count and the range (25 a page)', async () => {
    const { client } = bulk();
    const el = await mount(client, { accountId: BULK_ACCOUNT_ID });
    expect($(el, 'p.count').textContent!.trim()).to.equal(`More than ${COUNT_BOUND} results`);
    expect($(el, '[part=pagination] .count').textContent!.trim()).to.equal(
      `1–25 of more than ${COUNT_BOUND}`,
    );
    // A full page with more behind it always offers the next one.
    expect($<HTMLButtonElement>(el, '[part=pagination] .btn:last-of-type').disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says it in German too', async () => {
    const { client } = bulk();
    const el = await mount(client, { accountId: BULK_ACCOUNT_ID, locale: 'de' });
    expect($(el, 'p.count').textContent!.trim()).to.equal(`Mehr als ${COUNT_BOUND} Ergebnisse`);
    expect($(el, '[part=pagination] .count').textContent!.trim()).to.equal(
      `1–25 von mehr als ${COUNT_BOUND}`,
    );
  });

  it('keeps an exact count exact', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    expect($(el, 'p.count').textContent!.trim()).to.equal('18 results');
  });

  it('bounds a search less far', async () => {
    const { client } = bulk();
    const page = await client.listUsers(BULK_ACCOUNT_ID, { q: 'anna', limit: 50 });
    expect([page.items.length, page.total, page.totalExact]).to.deep.equal([50, SEARCH_COUNT_BOUND, false]);
  });
});
