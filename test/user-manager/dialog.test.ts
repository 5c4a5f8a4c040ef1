import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ProvisioningError } from '../../src/api/errors.js';
import type { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import { $, $$, button, demoClient, mount, row, menuAction, userDialogOpen } from './helpers.js';

async function openEdit(el: TkUserManager, name: string) {
  button(row(el, name), 'Edit').click();
  await waitUntil(() => userDialogOpen(el));
  await el.updateComplete;
}

function type(el: TkUserManager, name: string, value: string) {
  const input = $<HTMLInputElement>(el, `input[name=${name}]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const dialogOpen = (el: TkUserManager, id = 'user-dialog') =>
  !!el.shadowRoot!.querySelector<HTMLDialogElement>(`#${id}`)?.open;
const active = (el: TkUserManager) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<tk-user-manager> dialogs', () => {
  it('closes on Escape without asking when nothing was changed', async () => {
    const el = await mount(demoClient().client);
    await openEdit(el, 'Uwe Nutzer');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOpen(el));
  });

  it('asks before Escape discards unsaved edits; a second Escape keeps editing', async () => {
    const el = await mount(demoClient().client);
    await openEdit(el, 'Uwe Nutzer');
    $<HTMLInputElement>(el, '#user-name').focus();
    await sendKeys({ type: ' Jr' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(el, '[part~=discard]'), 'no question');
    expect(dialogOpen(el)).to.equal(true);
    await expect(el).to.be.accessible();
    expect(active(el)?.textContent?.trim()).to.equal('Keep editing');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, '[part~=discard]'));
    expect(dialogOpen(el)).to.equal(true);
    expect($<HTMLInputElement>(el, '#user-name').value).to.equal('Uwe Nutzer Jr');
    // Cancel asks too; "Discard changes" closes and focus goes back to the row's Edit button.
    button($(el, 'form'), 'Cancel').click();
    await waitUntil(() => $(el, '[part~=discard]'));
    button($(el, '[part~=discard]'), 'Discard changes').click();
    await waitUntil(() => !dialogOpen(el));
    await waitUntil(() => active(el) === button(row(el, 'Uwe Nutzer'), 'Edit'), 'focus not returned');
  });

  it('after a 412 moves focus to the notice beside Save, then lists what the other admin changed', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    await openEdit(el, 'Uwe Nutzer');
    await client.updateUser({ id: 'usr_nw_user', version: 1 }, { locale: 'fr', name: 'Uwe Other' });
    type(el, 'name', 'Uwe Typed');
    button($(el, 'form'), 'Save').click();
    await waitUntil(() => $(el, '[part~=stale]'));
    const notice = $(el, '[part~=stale]');
    expect(notice.closest('.dialog-footer'), 'beside the buttons').to.not.equal(null);
    await waitUntil(() => active(el) === notice, 'focus on the notice');
    button(notice, 'Load latest version').click();
    await waitUntil(() => $(el, '[part~=changes]'));
    const changes = $(el, '[part~=changes]');
    await waitUntil(() => active(el) === changes, 'focus on the list of changes');
    const rows = $$(el, '[part~=changes] tbody tr').map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows).to.deep.equal([
      ['Name', 'Uwe Typed', 'Uwe Other'],
      ['Language', '(not changed by you)', 'fr'],
    ]);
    expect($<HTMLInputElement>(el, '#user-name').value).to.equal('Uwe Typed');
    await expect(el).to.be.accessible();
  });

  it("shows the server's reason for a conflict that names no field, not the e-mail message", async () => {
    const { client } = demoClient({
      fail: (op) =>
        op === 'updateUser'
          ? new ProvisioningError('conflict', 'x', {
              status: 409,
              problem: {
                title: 'Conflict',
                status: 409,
                detail: 'You cannot disable yourself or give up your own admin role.',
              },
            })
          : undefined,
    });
    const el = await mount(client);
    await openEdit(el, 'Uwe Nutzer');
    type(el, 'name', 'Uwe X');
    button($(el, 'form'), 'Save').click();
    await waitUntil(() => $(el, 'form [part~=error]'));
    expect($(el, 'form [part~=error]').textContent).to.contain('give up your own admin role');
    expect($(el, '#user-email-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#user-email').getAttribute('aria-invalid')).to.equal('false');
  });

  it('still puts a conflict on the e-mail field when the problem names it', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    await openEdit(el, 'Uwe Nutzer');
    type(el, 'email', 'admin@northwind.example');
    button($(el, 'form'), 'Save').click();
    await waitUntil(() => $(el, '#user-email-error'));
    expect($(el, '#user-email-error').textContent).to.contain('already exists');
  });

  it('lists a 422 on a field the form does not show in the summary, by name, and focuses it', async () => {
    const { client } = demoClient({
      fail: (op) =>
        op === 'createUser'
          ? new ProvisioningError('validation', 'x', {
              status: 422,
              fieldErrors: [{ path: 'login', code: 'reserved', message: 'This login is reserved.' }],
            })
          : undefined,
    });
    const el = await mount(client);
    button(el, 'New user').click();
    await waitUntil(() => dialogOpen(el));
    type(el, 'name', 'Root');
    type(el, 'email', 'root@northwind.example');
    button($(el, 'form'), 'Create and invite').click();
    await waitUntil(() => $(el, '[part~=summary]'));
    const summary = $(el, '[part~=summary]');
    expect(summary.textContent).to.contain('Login: This login is reserved.');
    await waitUntil(() => active(el) === summary, 'summary focused');
    await expect(el).to.be.accessible();
  });

  it('summary entries of shown fields move focus to their field', async () => {
    const el = await mount(demoClient().client);
    button(el, 'New user').click();
    await waitUntil(() => dialogOpen(el));
    button($(el, 'form'), 'Create and invite').click();
    await waitUntil(() => $(el, '[part~=summary] li'));
    $<HTMLInputElement>(el, '#user-name').blur();
    button($(el, '[part~=summary]'), 'E-mail').click();
    expect(active(el)).to.equal($(el, '#user-email'));
  });

  it('starts a delete and a password-link confirmation on Cancel', async () => {
    const el = await mount(demoClient().client);
    await menuAction(el, 'Uwe Nutzer', 'Delete');
    await waitUntil(() => dialogOpen(el, 'confirm-dialog'));
    expect(active(el)?.textContent?.trim()).to.equal('Cancel');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOpen(el, 'confirm-dialog'));
    expect(active(el)).to.equal(row(el, 'Uwe Nutzer').querySelector('[part~=row-menu]'));
  });

  it('says "Send links" on the confirmation for three users', async () => {
    const el = await mount(demoClient().client);
    const boxes = $$<HTMLInputElement>(el, 'tbody input[type=checkbox]:not(:disabled)').slice(0, 3);
    for (const box of boxes) box.click();
    await el.updateComplete;
    button($(el, '[part~=bulk-actions]'), 'Send password links').click();
    await waitUntil(() => dialogOpen(el, 'confirm-dialog'));
    expect($(el, '#confirm-dialog [part~=confirm]').textContent!.trim()).to.equal('Send links');
    const sent = oneEvent(el, 'tk-password-link-send');
    $<HTMLButtonElement>(el, '#confirm-dialog [part~=confirm]').click();
    await sent;
  });

  it('offers no password link for a disabled user, and says why', async () => {
    const { client, count } = demoClient();
    const el = await mount(client);
    await menuAction(el, 'Ágnes Hoffmann', 'Send password link');
    const item = button(row(el, 'Ágnes Hoffmann').querySelector('[role=menu]')!, 'Send password link');
    expect(item.getAttribute('aria-disabled')).to.equal('true');
    expect(item.textContent).to.contain('enable the user first');
    await el.updateComplete;
    expect(dialogOpen(el, 'confirm-dialog')).to.equal(false);
    expect(count('sendPasswordLink')).to.equal(0);
  });

  it("shows the server's reason per user when a bulk password link fails", async () => {
    const el = await mount(demoClient().client);
    row(el, 'Ágnes Hoffmann').querySelector<HTMLInputElement>('td.select input')!.click();
    row(el, 'Anna Kiss').querySelector<HTMLInputElement>('td.select input')!.click();
    await el.updateComplete;
    button($(el, '[part~=bulk-actions]'), 'Send password links').click();
    await waitUntil(() => dialogOpen(el, 'confirm-dialog'));
    $<HTMLButtonElement>(el, '#confirm-dialog [part~=confirm]').click();
    await waitUntil(() => $(el, '[part~=results]'));
    const failed = $$(el, '[part~=results] li.failed');
    expect(failed).to.have.length(1);
    expect(failed[0]!.textContent).to.contain('Enable the user before sending a password link');
  });
});
