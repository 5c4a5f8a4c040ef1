import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProvisioningClient } from '../../src/api/client.js';
import type { TkProvider } from '../../src/components/provider/provider.js';
import type { TkSubAccountList } from '../../src/components/sub-account-list/sub-account-list.js';
import { $, $$, client, fillDetails, formReady, NORA, next, type } from './helpers.js';

const rowNames = (el: Element) => $$(el, 'tbody tr[part=row] .name').map((n) => n.textContent!.trim());
const row = (el: Element, name: string) =>
  $$(el, 'tbody tr[part=row]').find((r) => r.querySelector('.name')!.textContent!.trim() === name)!;

/** Opens a row's menu (core/parts/row-menu.ts) and picks an entry. */
async function menuAction(el: Element, name: string, label: string) {
  const r = row(el, name);
  r.querySelector<HTMLButtonElement>('[part~=row-menu]')!.click();
  const menu = r.querySelector<HTMLElement>('[role=menu]')!;
  await waitUntil(() => menu.matches(':popover-open'), 'menu did not open');
  const item = [...menu.querySelectorAll<HTMLButtonElement>('[role=menuitem]')].find(
    (b) => b.textContent!.trim() === label,
  );
  if (!item) throw new Error(`no menu entry "${label}"`);
  item.click();
}

async function settled(el: TkSubAccountList) {
  await waitUntil(() => $(el, 'table[aria-busy="false"], [part~=empty], [part~=error]'), 'list settled', {
    timeout: 4000,
  });
}

async function mount(c = client().client) {
  const root = await fixture<TkProvider>(
    html`<tk-provider .client=${c} locale="en">
      <tk-scope-banner></tk-scope-banner>
      <tk-sub-account-list></tk-sub-account-list>
      <tk-user-manager></tk-user-manager>
      <tk-access-rights-table></tk-access-rights-table>
    </tk-provider>`,
  );
  const list = root.querySelector('tk-sub-account-list')!;
  await settled(list);
  return { root, list };
}

describe('<tk-sub-account-list>', () => {
  it('shows the customers as a tree with lazy children and badges', async () => {
    const { client: c, calls } = client();
    const { list } = await mount(c);
    expect(rowNames(list)).to.deep.equal([
      'Acme demo system',
      'Contoso Ltd',
      'Duna Hosting Kft.',
      'Northwind Traders',
    ]);
    expect(row(list, 'Acme demo system').textContent).to.contain('Internal demo');
    expect(row(list, 'Duna Hosting Kft.').textContent).to.contain('Suspended');
    await expect(list).to.be.accessible();
    const before = calls.filter((x) => x.op === 'listChildAccounts').length;
    const toggle = row(list, 'Northwind Traders').querySelector<HTMLButtonElement>('[part=toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => rowNames(list).includes('Northwind Berlin'), 'children loaded');
    expect(calls.filter((x) => x.op === 'listChildAccounts').length).to.equal(before + 1);
    expect(row(list, 'Northwind Berlin').className).to.contain('depth-1');
    expect(row(list, 'Northwind Berlin').textContent).to.contain('Trial until');
    expect(
      row(list, 'Northwind Traders').querySelector('[part=toggle]')!.getAttribute('aria-expanded'),
    ).to.equal('true');
    await expect(list).to.be.accessible();
  });

  it('searches the whole subtree by name or reference and shows the path', async () => {
    const { list } = await mount();
    const search = $<HTMLInputElement>(list, '#search');
    const find = (text: string) => {
      search.value = text;
      search.dispatchEvent(new Event('input'));
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    };
    find('berlin');
    await waitUntil(() => rowNames(list).join() === 'Northwind Berlin', 'found');
    expect(row(list, 'Northwind Berlin').textContent).to.contain('In Northwind Traders');
    find('nw-cc');
    await waitUntil(() => rowNames(list).join() === 'Northwind Call Center', 'found by reference');
    const trial = $<HTMLSelectElement>(list, '#filter-trial');
    find('');
    trial.value = 'true';
    trial.dispatchEvent(new Event('change'));
    await waitUntil(() => rowNames(list).join() === 'Northwind Berlin', 'trial filter');
    find('nothing like this');
    await waitUntil(() => $(list, '[part~=empty]'));
    await expect(list).to.be.accessible();
  });

  it('suspends from the row menu, by keyboard, after a confirmation that names the account and starts on Cancel', async () => {
    const { list } = await mount();
    const toggle = row(list, 'Contoso Ltd').querySelector<HTMLButtonElement>('[part~=row-menu]')!;
    expect(toggle.getAttribute('aria-label')).to.equal('More actions for Contoso Ltd');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => list.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem',
      'menu focused',
    );
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(list.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Edit');
    await expect(list).to.be.accessible();
    await sendKeys({ press: 'End' });
    expect(list.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Suspend');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>(list, '#confirm-dialog').open);
    expect($(list, '#confirm-title').textContent).to.equal('Suspend Contoso Ltd?');
    expect(list.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Cancel');
    await expect(list).to.be.accessible();
    const updated = oneEvent(list, 'tk-account-updated');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect((await updated).detail.account.status).to.equal('suspended');
    await waitUntil(() => row(list, 'Contoso Ltd')?.textContent!.includes('Suspended'));
    expect($(list, '[part~=banner]').textContent).to.contain('Contoso Ltd was suspended');
    // Reactivating is the same entry now.
    await menuAction(list, 'Contoso Ltd', 'Reactivate');
    await waitUntil(() => $(list, '#confirm-title')?.textContent === 'Reactivate Contoso Ltd?');
  });

  it('closes the row menu with Escape and gives the focus back to its button', async () => {
    const { list } = await mount();
    const toggle = row(list, 'Northwind Traders').querySelector<HTMLButtonElement>('[part~=row-menu]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => list.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem',
      'menu focused',
    );
    await sendKeys({ press: 'ArrowDown' });
    expect(list.shadowRoot!.activeElement!.textContent!.trim()).to.equal('New sub-account');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => list.shadowRoot!.activeElement === toggle, 'focus back on the menu button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('works as a customer: user manager and access rights switch, the banner takes it back', async () => {
    const { root, list } = await mount();
    const banner = root.querySelector('tk-scope-banner')!;
    const users = root.querySelector('tk-user-manager')!;
    const rights = root.querySelector('tk-access-rights-table')!;
    expect(banner.shadowRoot!.querySelector('[part=banner]')).to.equal(null);
    const change = oneEvent(list, 'tk-scope-change');
    row(list, 'Northwind Traders').querySelector<HTMLButtonElement>('[part~=work-as]')!.click();
    const { detail } = await change;
    expect(detail.account.id).to.equal('acc_northwind');
    expect(detail.previous).to.equal(undefined);
    expect(root.accountId).to.equal('acc_northwind');
    await waitUntil(
      () =>
        [...users.shadowRoot!.querySelectorAll('td.name')].some((td) =>
          td.textContent!.includes('Nora Northwind'),
        ),
      'users of Northwind',
      { timeout: 4000 },
    );
    await waitUntil(() => rights.shadowRoot!.querySelector('[part~=row]'), 'rights of Northwind', {
      timeout: 4000,
    });
    await waitUntil(() => banner.shadowRoot!.querySelector('[part=back]'), 'banner shown');
    expect(banner.shadowRoot!.querySelector('[role=status]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Working as Northwind Traders (customer of Acme Telecom)',
    );
    expect(row(list, 'Northwind Traders').textContent).to.contain('Working as this account');
    await expect(banner).to.be.accessible();
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part=back]')!.click();
    expect(root.accountId).to.equal(undefined);
    await waitUntil(() => !banner.shadowRoot!.querySelector('[part=back]'), 'banner gone');
    await waitUntil(
      () =>
        [...users.shadowRoot!.querySelectorAll('td.name')].some((td) =>
          td.textContent!.includes('Rita Reseller'),
        ),
      'users of Acme again',
      { timeout: 4000 },
    );
  });

  it('lets the host veto "work as" and take edit to its own page', async () => {
    const { root, list } = await mount();
    list.addEventListener('tk-scope-change', (e) => e.preventDefault(), { once: true });
    row(list, 'Contoso Ltd').querySelector<HTMLButtonElement>('[part~=work-as]')!.click();
    expect(root.accountId).to.equal(undefined);
    list.addEventListener('tk-account-edit', (e) => e.preventDefault(), { once: true });
    await menuAction(list, 'Contoso Ltd', 'Edit');
    await list.updateComplete;
    expect($<HTMLDialogElement>(list, '#form-dialog').open).to.equal(false);
  });

  it('edits in a dialog and creates a sub-account under a row', async () => {
    const { list } = await mount();
    await menuAction(list, 'Contoso Ltd', 'Edit');
    await waitUntil(() => $<HTMLDialogElement>(list, '#form-dialog').open);
    const form = $(list, 'tk-sub-account-form')!;
    expect(form.getAttribute('account-id')).to.equal('acc_contoso');
    $<HTMLDialogElement>(list, '#form-dialog').close();
    await menuAction(list, 'Northwind Traders', 'New sub-account');
    await waitUntil(() => $(list, 'tk-sub-account-form')?.getAttribute('parent-id') === 'acc_northwind');
  });

  it('offers New customer once it knows its root, and says a created customer was invited', async () => {
    // The first page (which tells the list its root account) waits until released.
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const inner = client().client;
    const held = new Proxy(inner, {
      get: (target, op: keyof ProvisioningClient) =>
        op === 'listChildAccounts'
          ? async (...args: Parameters<ProvisioningClient['listChildAccounts']>) => {
              await gate;
              return target.listChildAccounts(...args);
            }
          : target[op],
    });
    const root = await fixture<TkProvider>(
      html`<tk-provider .client=${held} locale="en"
        ><tk-sub-account-list></tk-sub-account-list
      ></tk-provider>`,
    );
    const list = root.querySelector('tk-sub-account-list')!;
    const create = () => $<HTMLButtonElement>(list, '[part~=create]');
    await waitUntil(() => create(), 'New customer shown once the principal is read');
    expect(create().disabled, 'before the root account is read').to.equal(true);
    release();
    await settled(list);
    expect(create().disabled).to.equal(false);
    create().click();
    await waitUntil(() => $<HTMLDialogElement>(list, '#form-dialog').open);
    const form = $(list, 'tk-sub-account-form') as HTMLElement & { updateComplete: Promise<unknown> };
    await formReady(form);
    fillDetails(form, 'Initech');
    await next(form);
    type(form, '#f-primaryAdmin-name', 'Ivy Initech');
    type(form, '#f-primaryAdmin-email', 'ivy@initech.example');
    while (!$(form, '[part=submit]')) await next(form);
    const created = oneEvent(list, 'tk-account-created');
    $<HTMLButtonElement>(form, '[part=submit]').click();
    await created;
    await waitUntil(() => $(list, '[part~=banner]'));
    expect($(list, '[part~=banner]')!.textContent).to.contain(
      'Initech was created. ivy@initech.example received an invitation.',
    );
  });

  it('gives a customer admin only its own subtree and no foreign rows', async () => {
    const { list } = await mount(client({ principal: NORA }).client);
    expect(rowNames(list)).to.deep.equal(['Northwind Berlin', 'Northwind Call Center']);
  });
});
