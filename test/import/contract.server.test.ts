import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TkImportCompleteDetail } from '../../src/components/import/events.js';
import type { TkImport } from '../../src/components/import/import.js';
import type { TkProvider } from '../../src/components/provider/provider.js';
import '../../src/define/provider.js';
import '../../src/define/sub-account-list.js';
import '../../src/define/user-manager.js';
import { mailsTo, serverApi, signIn } from '../reference-server.js';
import { $, $$, button, check, choose, fixtureFile, mount, statuses } from './helpers.js';

const USERS = ['frieda@fabrikam.example', 'franz@fabrikam.example', 'lena@litware.example'];

/** Checks clean.csv through the element. */
async function checkClean(el: TkImport): Promise<void> {
  await choose(el, await fixtureFile('clean.csv'));
  await check(el);
}

/** Imports the checked rows; resolves with `tk-import-complete`'s detail. */
async function importChecked(el: TkImport): Promise<TkImportCompleteDetail> {
  const complete = oneEvent(el, 'tk-import-complete');
  button(el, 'Import 3 rows').click();
  const detail = (await complete).detail as TkImportCompleteDetail;
  await waitUntil(() => el.step === 'links');
  return detail;
}

(serverApi ? describe : describe.skip)('<tk-import> against the reference server', function () {
  this.timeout(60_000);

  it('imports the clean file: customers in the list, users in the manager, links in the outbox; a re-import creates nothing', async () => {
    const client = await signIn('reseller@acme.example');
    const el = await mount(client);
    await checkClean(el);
    await importChecked(el).then((d) => expect(d).to.deep.equal({ created: 5, updated: 0, failed: 0 }));
    expect(statuses(el)).to.deep.equal(['Created', 'Created', 'Created']);
    for (const email of USERS) expect(await mailsTo(email), `no mail to ${email} yet`).to.have.length(0);

    const root = await fixture<TkProvider>(
      html`<tk-provider .client=${client} locale="en">
        <tk-sub-account-list></tk-sub-account-list>
        <tk-user-manager></tk-user-manager>
      </tk-provider>`,
    );
    const list = root.querySelector('tk-sub-account-list')!;
    await waitUntil(() => $(list, 'table[aria-busy="false"]'), 'list', { timeout: 8000 });
    const names = () => $$(list, 'tr[part=row] .name').map((n) => n.textContent!.trim());
    await waitUntil(
      () => names().includes('Fabrikam GmbH') && names().includes('Litware Inc'),
      'customers listed',
      {
        timeout: 8000,
      },
    );
    const fabrikam = $$(list, 'tr[part=row]').find(
      (r) => r.querySelector('.name')!.textContent!.trim() === 'Fabrikam GmbH',
    )!;
    fabrikam.querySelector<HTMLButtonElement>('[part~=work-as]')!.click();
    const users = root.querySelector('tk-user-manager')!;
    await waitUntil(
      () => ['Frieda Fabrikam', 'Franz Fabrikam'].every((n) => users.shadowRoot!.textContent!.includes(n)),
      'Fabrikam users in the user manager',
      { timeout: 8000 },
    );

    button(el, 'Send password links to 3 users now').click();
    await waitUntil(() =>
      $(el, '[aria-labelledby=links-title]').textContent!.includes('Password links sent to 3 users.'),
    );
    for (const email of USERS) {
      const mails = await mailsTo(email);
      expect(mails, email).to.have.length(1);
      expect(mails[0]!.linkUrl).to.match(/^https?:/);
    }

    const again = await mount(client);
    await checkClean(again);
    expect(statuses(again)).to.deep.equal(['Unchanged', 'Unchanged', 'Unchanged']);
    await importChecked(again).then((d) => expect(d.created).to.equal(0));
    const found = await client.listChildAccounts('acc_acme', { q: 'Fabrikam' });
    expect(found.items.map((a) => a.name)).to.deep.equal(['Fabrikam GmbH']);
    expect((await client.listUsers(found.items[0]!.id)).total).to.equal(2);
    for (const email of USERS) expect(await mailsTo(email), email).to.have.length(1);
  });
});
