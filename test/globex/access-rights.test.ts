import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import '../../src/define/access-rights-table.js';
import { ALL, BY_ID, renderedIds } from '../access-rights-table/helpers.js';
import { TENANT } from './data.js';
import { globex, origin, resetGlobex, type } from './helpers.js';

async function table(client: ProvisioningClient) {
  const el = await fixture<TkAccessRightsTable>(
    html`<tk-access-rights-table
      account-id=${TENANT}
      .client=${client}
      .filter=${ALL}
      .sort=${BY_ID}
    ></tk-access-rights-table>`,
  );
  await el.whenReady();
  return el;
}

const count = (el: TkAccessRightsTable) => el.shadowRoot!.querySelector('.count')!.textContent;

/** How many row buttons (edit, delete) the row of right `id` has. */
const rowButtons = (el: TkAccessRightsTable, id: string) =>
  [...el.shadowRoot!.querySelectorAll('.body [role=row]:not(.placeholder)')]
    .find((r) => r.querySelectorAll('[role=gridcell]')[1]?.textContent?.trim() === id)!
    .querySelectorAll('[role=gridcell]:last-of-type button').length;

(origin ? describe : describe.skip)(
  '<tk-access-rights-table> on the Globex API (createRestClient options only)',
  function () {
    this.timeout(20_000);
    beforeEach(resetGlobex);

    it('is accessible and lists the entitlements, edit and delete only on the manual one', async () => {
      const el = await table(globex().client);
      await expect(el).to.be.accessible();
      expect(renderedIds(el)).to.deep.equal(['ent-1', 'ent-2', 'ent-3']);
      expect(count(el)).to.equal('3 access rights');
      expect([rowButtons(el, 'ent-1'), rowButtons(el, 'ent-3')]).to.deep.equal([0, 2]);
    });

    it('creates a manual entitlement through the dialog, in Globex words', async () => {
      const { client, seen } = globex();
      const el = await table(client);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=create]')!.click();
      await el.whenReady();
      type(el, '#f-productId', 'gx-monorail');
      type(el, '#f-startsAt', '2026-03-01');
      await el.updateComplete;
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click());
      const { detail } = await oneEvent(el, 'tk-access-right-created');
      expect(detail.right).to.include({ productId: 'gx-monorail', manual: true, productName: 'Monorail' });
      const post = seen.find((r) => r.method === 'POST')!;
      expect(await post.json()).to.include({ sku: 'gx-monorail', valid_from: '2026-03-01T00:00:00Z' });
      await waitUntil(() => count(el) === '4 access rights', 'not counted');
    });
  },
);
