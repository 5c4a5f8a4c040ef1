import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ProvisioningError } from '../../src/api/errors.js';
import type { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import { DialogsOnFirstUse } from '../../src/core/on-first-use.js';
import { $, $$, button, demoClient, mount, names, userDialogOpen } from './helpers.js';

async function openCreate(el: TkUserManager) {
  button(el, 'New user').click();
  await waitUntil(() => userDialogOpen(el));
  await waitUntil(() => $$(el, 'input[name=permission]').length > 0, 'permissions not loaded');
  return $<HTMLDialogElement>(el, '#user-dialog');
}

function type(el: TkUserManager, name: string, value: string) {
  const input = $<HTMLInputElement>(el, `input[name=${name}]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<tk-user-manager> create', () => {
  it('is accessible with the dialog open and with errors shown', async () => {
    const el = await mount(demoClient().client);
    await openCreate(el);
    await expect(el).to.be.accessible();
    button($(el, 'form'), 'Create and invite').click();
    await waitUntil(() => $(el, '.field-error'));
    await expect(el).to.be.accessible();
  });

  it('creates and invites a user with the keyboard only', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    button(el, 'New user').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => userDialogOpen(el));
    expect(el.shadowRoot!.activeElement?.id).to.equal('user-name');
    await sendKeys({ type: 'Zoé Kovács' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'zoe@northwind.example' });
    const created = oneEvent(el, 'tk-user-created');
    await sendKeys({ press: 'Enter' });
    const { detail } = await created;
    expect(detail.user).to.include({ name: 'Zoé Kovács', email: 'zoe@northwind.example', status: 'invited' });
    expect(detail.user.passwordLink).not.to.equal(null);
    await waitUntil(() => !userDialogOpen(el));
    expect($(el, '[part~=banner]').textContent).to.contain(
      'zoe@northwind.example received a link to choose a password',
    );
    await waitUntil(() => names(el).includes('Zoé Kovács'));
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('New user');
  });

  it('sends role, grouped permissions, notifications and language', async () => {
    const { client } = demoClient();
    const el = await mount(client);
    await openCreate(el);
    const groups = $$(el, '.perm-group').map((g) => g.getAttribute('aria-label'));
    expect(groups).to.deep.equal(['Billing', 'Account', 'Services', 'Domains', 'Support']);
    expect($(el, 'fieldset[data-field=role]').textContent).to.contain('Manages users');
    type(el, 'name', 'Béla Bookkeeper');
    type(el, 'email', 'bela@northwind.example');
    $<HTMLInputElement>(el, 'input[name=role][value=admin]').click();
    $<HTMLInputElement>(el, 'input[name=permission][value="billing.invoices"]').click();
    $<HTMLInputElement>(el, 'input[name=notify][value=billing]').click();
    const locale = $<HTMLSelectElement>(el, 'select[name=locale]');
    locale.value = 'hu';
    locale.dispatchEvent(new Event('change', { bubbles: true }));
    const before = oneEvent(el, 'tk-user-create');
    button($(el, 'form'), 'Create and invite').click();
    const { detail } = await before;
    expect(detail.accountId).to.equal('acc_northwind');
    expect(detail.body).to.deep.include({ role: 'admin', permissions: ['billing.invoices'], locale: 'hu' });
    expect(detail.body.notifications!.billing).to.equal(true);
  });

  it('marks missing fields and focuses the first invalid one, without a request', async () => {
    const { client, count } = demoClient();
    const el = await mount(client);
    await openCreate(el);
    type(el, 'email', 'not-an-address');
    button($(el, 'form'), 'Create and invite').click();
    await waitUntil(() => $(el, '#user-name-error'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('user-name');
    expect($(el, '#user-name').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#user-email-error').textContent).to.contain('valid e-mail');
    expect(count('createUser')).to.equal(0);
  });

  it('puts a taken e-mail beside the e-mail field and focuses it', async () => {
    const el = await mount(demoClient().client);
    await openCreate(el);
    type(el, 'name', 'Nora Again');
    type(el, 'email', 'admin@northwind.example');
    button($(el, 'form'), 'Create and invite').click();
    await waitUntil(() => $(el, '#user-email-error'));
    expect($(el, '#user-email-error').textContent).to.contain('already exists');
    expect(el.shadowRoot!.activeElement?.id).to.equal('user-email');
  });

  it('keeps everything typed when the request fails', async () => {
    let down = true;
    const { client } = demoClient({
      fail: (op) => (down && op === 'createUser' ? new ProvisioningError('network', 'down') : undefined),
    });
    const el = await mount(client);
    await openCreate(el);
    type(el, 'name', 'Kept Person');
    type(el, 'email', 'kept@northwind.example');
    $<HTMLInputElement>(el, 'input[name=permission][value="support.tickets"]').click();
    button($(el, 'form'), 'Create and invite').click();
    await waitUntil(() => $(el, 'form [part~=error]'));
    expect($(el, 'form [part~=error]').textContent).to.contain('could not be reached');
    expect($<HTMLInputElement>(el, '#user-name').value).to.equal('Kept Person');
    expect($<HTMLInputElement>(el, 'input[name=permission][value="support.tickets"]').checked).to.equal(true);
    down = false;
    const created = oneEvent(el, 'tk-user-created');
    button($(el, 'form'), 'Create and invite').click();
    expect((await created).detail.user.permissions).to.deep.equal(['support.tickets']);
  });

  it('still creates a user when the permission catalog cannot be loaded', async () => {
    const { client } = demoClient({
      fail: (op) =>
        op === 'listPermissions' ? new ProvisioningError('server', 'down', { status: 500 }) : undefined,
    });
    const el = await mount(client);
    button(el, 'New user').click();
    await waitUntil(() => $(el, 'fieldset[data-field=permissions] .field-error'));
    expect($(el, 'fieldset[data-field=permissions]').textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    type(el, 'name', 'No Catalog');
    type(el, 'email', 'no.catalog@northwind.example');
    const created = oneEvent(el, 'tk-user-created');
    button($(el, 'form'), 'Create and invite').click();
    expect((await created).detail.user.permissions).to.deep.equal([]);
  });

  it('offers to load the permission catalog again after it failed', async () => {
    let down = true;
    const { client } = demoClient({
      fail: (op) => (down && op === 'listPermissions' ? new ProvisioningError('network', 'down') : undefined),
    });
    const el = await mount(client);
    button(el, 'New user').click();
    await waitUntil(() => $(el, 'fieldset[data-field=permissions] .field-error'));
    down = false;
    button($(el, 'fieldset[data-field=permissions]'), 'Try again').click();
    await waitUntil(() => $(el, 'input[name=permission][value="support.tickets"]'), 'catalog shown');
    expect($(el, 'fieldset[data-field=permissions] .field-error')).to.equal(null);
  });

  it('lets the host veto the creation', async () => {
    const { client, count } = demoClient();
    const el = await mount(client);
    el.addEventListener('tk-user-create', (e) => e.preventDefault());
    await openCreate(el);
    type(el, 'name', 'Vetoed');
    type(el, 'email', 'vetoed@northwind.example');
    button($(el, 'form'), 'Create and invite').click();
    await el.updateComplete;
    expect(count('createUser')).to.equal(0);
    expect(userDialogOpen(el)).to.equal(true);
  });

  it('closes with Escape and returns focus to the trigger; no password field anywhere', async () => {
    const el = await mount(demoClient().client);
    button(el, 'New user').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => userDialogOpen(el));
    expect($(el, 'input[type=password]')).to.equal(null);
    expect($(el, 'form').textContent).to.contain('choose their own');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !userDialogOpen(el));
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('New user');
  });
});

describe('<tk-user-manager> form on first use', () => {
  it('has no form until it is opened, then opens it once however often the button is clicked', async () => {
    const el = await mount(demoClient().client);
    expect($(el, '#user-dialog'), 'nothing of the form before it is used').to.equal(null);
    const create = button(el, 'New user');
    create.click();
    create.click();
    await waitUntil(() => userDialogOpen(el));
    expect($$(el, 'dialog[open]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says so when the form cannot be loaded, and tries again on the next click', async () => {
    const el = await mount(demoClient().client);
    // The chunk failing to download (a dropped connection), once: the element's loader is swapped.
    let attempts = 0;
    const host = el as unknown as { userDialog: DialogsOnFirstUse<{ readonly isOpen: boolean }> };
    const real = host.userDialog;
    host.userDialog = new DialogsOnFirstUse(() =>
      attempts++ === 0 ? Promise.reject(new TypeError('Failed to fetch')) : real.load(),
    );
    button(el, 'New user').click();
    await waitUntil(() => $(el, '[part~=banner][part~=error]'), 'shows the failure');
    expect($(el, '[part~=banner]').textContent).to.include('could not be reached');
    expect(userDialogOpen(el)).to.equal(false);
    await expect(el).to.be.accessible();
    button(el, 'New user').click();
    await waitUntil(() => userDialogOpen(el));
    expect(attempts).to.equal(2);
  });
});
