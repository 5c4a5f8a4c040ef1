import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TkProvider } from '../../src/components/provider/provider.js';
import type { TkSubAccountForm } from '../../src/components/sub-account-form/sub-account-form.js';
import { mailsTo, serverApi, signIn } from '../reference-server.js';
import { $, $$, check, fillDetails, formReady, next, type } from './helpers.js';

(serverApi ? describe : describe.skip)('sub-accounts against the reference server', function () {
  this.timeout(60_000);
  const stamp = Date.now();
  const name = `Initech ${stamp}`;
  const email = `peter.${stamp}@initech.example`;

  it('creates Initech with its primary admin and product settings, finds it, works as it and goes back', async () => {
    const client = await signIn('reseller@acme.example');
    const form = await fixture<TkSubAccountForm>(
      html`<tk-sub-account-form .client=${client} parent-id="acc_acme" locale="en"></tk-sub-account-form>`,
    );
    await formReady(form);
    fillDetails(form, name, 'pt_voice');
    await next(form);
    type(form, '#f-primaryAdmin-name', 'Peter Gibbons');
    type(form, '#f-primaryAdmin-email', email);
    await next(form);
    type(form, '#f-settings-pbxHost', 'pbx.initech.example');
    check(form, '#f-settings-autoProvision');
    await next(form);
    await waitUntil(() => $$(form, 'input[name=permission]').length > 0);
    await next(form);
    const created = oneEvent(form, 'tk-account-created');
    $<HTMLButtonElement>(form, '[part=submit]').click();
    const account = (await created).detail.account;
    expect(account.settings).to.deep.include({
      pbxHost: 'pbx.initech.example',
      autoProvision: true,
      pbxEnabled: false,
    });
    const mails = await mailsTo(email);
    expect(mails).to.have.length(1);
    expect(mails[0]!.linkUrl).to.match(/^https?:/);

    const root = await fixture<TkProvider>(
      html`<tk-provider .client=${client} locale="en">
        <tk-scope-banner></tk-scope-banner>
        <tk-sub-account-list></tk-sub-account-list>
        <tk-user-manager></tk-user-manager>
      </tk-provider>`,
    );
    const list = root.querySelector('tk-sub-account-list')!;
    await waitUntil(() => $(list, 'table[aria-busy="false"]'), 'list', { timeout: 8000 });
    const search = $<HTMLInputElement>(list, '#search');
    search.value = name;
    search.dispatchEvent(new Event('input'));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await waitUntil(
      () =>
        $$(list, 'tr[part=row] .name')
          .map((n) => n.textContent!.trim())
          .join() === name,
      'Initech found',
      { timeout: 8000 },
    );
    $<HTMLButtonElement>(list, 'tr[part=row] [part~=work-as]').click();
    expect(root.accountId).to.equal(account.id);
    const users = root.querySelector('tk-user-manager')!;
    await waitUntil(() => users.shadowRoot!.textContent!.includes('Peter Gibbons'), 'Initech users', {
      timeout: 8000,
    });
    // A new customer's user list holds nobody but its primary admin, still invited.
    const userRows = [...users.shadowRoot!.querySelectorAll('tbody tr')];
    expect(userRows).to.have.length(1);
    expect(userRows[0]!.textContent).to.contain('Invited');
    const banner = root.querySelector('tk-scope-banner')!;
    await waitUntil(() => banner.shadowRoot!.querySelector('[part=back]'), 'banner', { timeout: 8000 });
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part=back]')!.click();
    expect(root.accountId).to.equal(undefined);
    await waitUntil(() => users.shadowRoot!.textContent!.includes('Rita Reseller'), 'Acme users again', {
      timeout: 8000,
    });

    const events = await client.listAuditEvents(account.id);
    expect(events.items.map((e) => e.action)).to.include.members(['account.create', 'user.create']);
    const create = events.items.find((e) => e.action === 'account.create')!;
    expect(create.actorUserId).to.equal('usr_acme_admin');
    expect(create.fields).to.include('settings.pbxHost');
    expect(JSON.stringify(events)).not.to.contain(email);
  });

  it("a customer admin cannot see the reseller's other customers", async () => {
    const nora = await signIn('admin@northwind.example');
    let kind = '';
    await nora.getAccount('acc_contoso').catch((e: { kind: string }) => (kind = e.kind));
    expect(kind).to.equal('not-found');
    let listed = '';
    await nora.listChildAccounts('acc_acme').catch((e: { kind: string }) => (listed = e.kind));
    expect(listed).to.equal('not-found');
  });
});
