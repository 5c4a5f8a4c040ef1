import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import { $, button, demoClient, mount, row, menuAction, userDialogOpen } from './helpers.js';

async function openEdit(el: TkUserManager, name: string) {
  button(row(el, name), 'Edit').click();
  await waitUntil(() => userDialogOpen(el));
}

function type(el: TkUserManager, name: string, value: string) {
  const input = $<HTMLInputElement>(el, `input[name=${name}]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<tk-user-manager> edit', () => {
  it('is accessible while editing and after a conflict', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    await openEdit(el, 'Uwe Nutzer');
    await expect(el).to.be.accessible();
    await client.updateUser({ id: 'usr_nw_user', version: 1 }, { locale: 'fr' });
    type(el, 'name', 'Uwe N.');
    button($(el, 'form'), 'Save').click();
    await waitUntil(() => $(el, 'form [part~=error]'));
    await expect(el).to.be.accessible();
  });

  it('edits a user, sending only what changed with the version read (If-Match)', async () => {
    const { client, calls } = demoClient();
    const el = await mount(client);
    await openEdit(el, 'Uwe Nutzer');
    expect($(el, '#user-dialog h2').textContent).to.contain('Edit Uwe Nutzer');
    expect($<HTMLInputElement>(el, '#user-email').value).to.equal('user@northwind.example');
    type(el, 'name', 'Uwe Neu');
    const updated = oneEvent(el, 'tk-user-updated');
    button($(el, 'form'), 'Save').click();
    expect((await updated).detail.user.name).to.equal('Uwe Neu');
    const call = calls.find((c) => c.op === 'updateUser')!;
    expect(call.args[0]).to.include({ id: 'usr_nw_user', version: 1 });
    expect(call.args[1]).to.deep.equal({ name: 'Uwe Neu' });
    await waitUntil(() => $(el, '[part~=banner]')?.textContent?.includes('Uwe Neu was saved.'));
  });

  it('after a change by someone else, reloads the latest version and keeps what was typed', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    await openEdit(el, 'Uwe Nutzer');
    // Another admin changes Uwe meanwhile.
    await client.updateUser({ id: 'usr_nw_user', version: 1 }, { locale: 'fr' });
    type(el, 'name', 'Uwe Typed');
    button($(el, 'form'), 'Save').click();
    await waitUntil(() => $(el, 'form [part~=error]'));
    expect($(el, 'form [part~=error]').textContent).to.contain('Someone else changed this');
    button($(el, 'form'), 'Load latest version').click();
    await waitUntil(() => !$(el, 'form [part~=error]'));
    expect($<HTMLInputElement>(el, '#user-name').value).to.equal('Uwe Typed');
    const updated = oneEvent(el, 'tk-user-updated');
    button($(el, 'form'), 'Save').click();
    const { user } = (await updated).detail;
    // The other admin's change survives; only what this admin typed is sent.
    expect(user).to.include({ name: 'Uwe Typed', locale: 'fr', version: 3 });
  });

  it('disables and enables a user', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    const before = oneEvent(el, 'tk-user-update');
    await menuAction(el, 'Uwe Nutzer', 'Disable');
    expect((await before).detail.patch).to.deep.equal({ status: 'disabled' });
    await waitUntil(() => row(el, 'Uwe Nutzer').textContent!.includes('Disabled'));
    expect($(el, '[part~=banner]').textContent).to.contain('Uwe Nutzer was disabled.');
    await menuAction(el, 'Uwe Nutzer', 'Enable');
    await waitUntil(() => row(el, 'Uwe Nutzer').textContent!.includes('Active'));
  });

  it('offers no disable or delete on the signed-in admin', async () => {
    const el = await mount(demoClient().client);
    const own = row(el, 'Nora Northwind');
    expect(() => button(own, 'Delete')).to.throw();
    expect(() => button(own, 'Disable')).to.throw();
    expect(button(own, 'Edit')).to.be.instanceOf(HTMLElement);
  });

  it('returns focus to the row button after closing with the keyboard', async () => {
    const el = await mount(demoClient().client);
    const edit = button(row(el, 'Uwe Nutzer'), 'Edit');
    edit.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => userDialogOpen(el));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !userDialogOpen(el));
    expect(el.shadowRoot!.activeElement).to.equal(edit);
  });
});
