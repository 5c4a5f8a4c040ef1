import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { COUNT_BOUND, SEARCH_COUNT_BOUND } from '../../src/api/memory/count-bound.js';
import { SCALE_RESELLER_ID, createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import type { TkProvider } from '../../src/components/provider/provider.js';
import type { TkSubAccountList } from '../../src/components/sub-account-list/sub-account-list.js';
import { $ } from './helpers.js';

/**
 * Issue 21: the sub-account list counts only to the bound (count-bound.ts), as the reference
 * server does, and says so: Scale Telecom's 2,000 customers read "More than 500 results".
 */
async function mount(locale = 'en') {
  const client = createMemoryClient(createDemoData({ bulk: true }), { principal: 'usr_scale_admin' });
  const root = await fixture<TkProvider>(
    html`<tk-provider .client=${client} locale=${locale}
      ><tk-sub-account-list></tk-sub-account-list
    ></tk-provider>`,
  );
  const list = root.querySelector<TkSubAccountList>('tk-sub-account-list')!;
  await waitUntil(() => $(list, 'table[aria-busy="false"]'), 'list settled', { timeout: 4000 });
  return { list, client };
}

const text = (list: Element, selector: string) => $(list, selector)?.textContent?.trim();

describe('<tk-sub-account-list>: bounded counts', () => {
  it('reads "More than N" beyond the bound, in the count and the pager, and pages on', async () => {
    const { list } = await mount();
    expect(text(list, '.count')).to.equal(`More than ${COUNT_BOUND} results`);
    expect(text(list, '.pagination span')).to.equal(`1–25 of more than ${COUNT_BOUND}`);
    const next = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pagination button')].at(-1)!;
    expect(next.disabled).to.equal(false);
    next.click();
    await waitUntil(() => text(list, '.pagination span')?.startsWith('26–50'), 'second page');
    expect(text(list, '.pagination span')).to.equal(`26–50 of more than ${COUNT_BOUND}`);
    await expect(list).to.be.accessible();
  });

  it('counts a search less far, and exactly when it matches fewer', async () => {
    const { list, client } = await mount();
    const search = $<HTMLInputElement>(list, '#search');
    const find = async (term: string, expected: string) => {
      search.value = term;
      search.dispatchEvent(new Event('input'));
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await waitUntil(() => text(list, '.count') === expected, `${term}: ${text(list, '.count')}`);
    };
    // Every customer's reference starts with SC-: thousands match.
    await find('sc-', `More than ${SEARCH_COUNT_BOUND} results`);
    const few = await client.listChildAccounts(SCALE_RESELLER_ID, { include: 'descendants', q: 'sc-000' });
    expect(few.totalExact, 'under the bound').to.equal(undefined);
    expect(few.total).to.be.within(2, SEARCH_COUNT_BOUND - 1);
    await find('sc-000', `${few.total} results`);
  });

  it('says it in German too', async () => {
    const { list } = await mount('de');
    expect(text(list, '.count')).to.equal(`Mehr als ${COUNT_BOUND} Ergebnisse`);
  });
});
