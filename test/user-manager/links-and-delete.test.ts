import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, button, demoClient, menuAction, mount, names, row } from './helpers.js';

describe('<tk-user-manager> password links and delete', () => {
  it('is accessible with a confirmation open', async () => {
    const el = await mount(demoClient().client);
    await menuAction(el, 'Uwe Nutzer', 'Send password link');
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    await expect(el).to.be.accessible();
  });

  it('explains the replacement link in plain words before sending it', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    await menuAction(el, 'Uwe Nutzer', 'Send password link');
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    const text = $(el, '#confirm-dialog').textContent!;
    expect(text).to.contain('Send a password link to Uwe Nutzer?');
    expect(text).to.contain('The current password keeps working until the link is used');
    expect(text).to.contain('the link stops working');
    const before = oneEvent(el, 'tk-password-link-send');
    const sent = oneEvent(el, 'tk-password-link-sent');
    $<HTMLButtonElement>(el, '[part=confirm]').click();
    expect((await before).detail.user.id).to.equal('usr_nw_user');
    expect((await sent).detail.link.expiresAt).to.be.a('string');
    await waitUntil(() => $(el, '[part~=banner]'));
    expect($(el, '[part~=banner]').textContent).to.contain(
      'A password link was sent to user@northwind.example.',
    );
    await waitUntil(() => row(el, 'Uwe Nutzer').textContent!.includes('Valid until'));
  });

  it('deletes after a confirmation that names the user, with the keyboard', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    // The row menu: Enter opens it on its first entry, arrows move, Enter picks.
    row(el, 'Uwe Nutzer').querySelector<HTMLElement>('[part~=row-menu]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem',
      'menu not focused',
    );
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Delete');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    expect($(el, '#confirm-dialog h2').textContent).to.contain('Delete Uwe Nutzer?');
    expect($(el, '#confirm-dialog').textContent).to.contain('user@northwind.example');
    // Cancel comes first and has the focus; Tab reaches Delete.
    await sendKeys({ press: 'Tab' });
    const deleted = oneEvent(el, 'tk-user-deleted');
    await sendKeys({ press: 'Enter' });
    expect((await deleted).detail.user.name).to.equal('Uwe Nutzer');
    await waitUntil(() => !names(el).includes('Uwe Nutzer'));
    expect($(el, '[part~=banner]').textContent).to.contain('Uwe Nutzer was deleted.');
    // The row and its button are gone: the focus lands on the message, not on the page's body.
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part~=banner]'), 'focus lost');
  });

  it('shows the last page that has users after its last user was deleted', async () => {
    const { client, calls } = demoClient();
    const el = await mount(client);
    el.pageSize = 17;
    await waitUntil(() => $(el, '[part=pagination]'));
    button($(el, '[part=pagination]'), 'Next page').click();
    await waitUntil(() => names(el).length === 1);
    const last = names(el)[0]!;
    await menuAction(el, last, 'Delete');
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    $<HTMLButtonElement>(el, '[part=confirm]').click();
    await waitUntil(() => names(el).length === 17, 'previous page not shown');
    expect(calls.filter((c) => c.op === 'listUsers').at(-1)!.args[1]).to.include({ offset: 0 });
    expect($(el, '[part=empty]')).to.equal(null);
  });

  it('keeps the user when the host vetoes or the admin cancels', async () => {
    const { client, count } = demoClient();
    const el = await mount(client);
    await menuAction(el, 'Uwe Nutzer', 'Delete');
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    button($(el, '#confirm-dialog'), 'Cancel').click();
    await waitUntil(() => !$<HTMLDialogElement>(el, '#confirm-dialog').open);
    el.addEventListener('tk-user-delete', (e) => e.preventDefault());
    await menuAction(el, 'Uwe Nutzer', 'Delete');
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    $<HTMLButtonElement>(el, '[part=confirm]').click();
    await waitUntil(() => $(el, '[part~=banner]'));
    expect($(el, '[part~=banner]').textContent).to.contain('the page stopped this action');
    expect(count('deleteUser')).to.equal(0);
    expect(names(el)).to.include('Uwe Nutzer');
  });
});
