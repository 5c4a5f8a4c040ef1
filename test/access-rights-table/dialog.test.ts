import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ProvisioningClient } from '../../src/api/client.js';
import { ProvisioningError } from '../../src/api/errors.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import { DialogsOnFirstUse } from '../../src/core/on-first-use.js';
import { $, $$, ACCOUNT, demoRights, memoryClient, renderedIds, tableFixture } from './helpers.js';

const manualFirst = { field: 'manual', direction: 'desc' } as const;
const manualRights = () => demoRights().filter((r) => r.manual);

async function openEdit(el: TkAccessRightsTable, row = 0) {
  $<HTMLButtonElement>(el, `.body [data-row="${row}"] [part=cell]:last-child .btn:not(.danger)`)!.click();
  await el.whenReady();
  return $<HTMLDialogElement>(el, 'dialog')!;
}

function type(el: TkAccessRightsTable, id: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `#${id}`)!;
  input.value = value;
  // Text fields report on input, day fields and selects on change.
  if (!(input instanceof HTMLSelectElement)) input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

const activeId = (el: TkAccessRightsTable) => (el.shadowRoot!.activeElement as HTMLElement | null)?.id;

describe('<tk-access-rights-table> dialogs', () => {
  it('is accessible with the edit dialog open', async () => {
    const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
    const dialog = await openEdit(el);
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('edits a manual right with If-Match, then announces, highlights and focuses its row', async () => {
    const client = memoryClient();
    const el = await tableFixture({ client, setup: (t) => (t.sort = manualFirst) });
    const trigger = $<HTMLButtonElement>(
      el,
      '.body [data-row="0"] [part=cell]:last-child .btn:not(.danger)',
    )!;
    const id = trigger.closest('[role=row]')!.querySelectorAll('[role=gridcell]')[1]!.textContent!.trim();
    const dialog = await openEdit(el);
    expect(activeId(el)).to.equal('f-startsAt');
    type(el, 'f-status', 'deactivated');
    type(el, 'f-endsAt', '2031-01-31');
    await el.updateComplete;
    setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
    const { detail } = await oneEvent(el, 'tk-access-right-updated');
    expect(detail.right).to.deep.include({
      id,
      status: 'deactivated',
      endsAt: '2031-01-31T00:00:00Z',
      version: 2,
    });
    await waitUntil(() => $(el, '.row.highlighted'), 'highlights the saved right');
    expect(dialog.open).to.equal(false);
    const row = $(el, '.row.highlighted')!;
    expect(row.querySelectorAll('[role=gridcell]')[1]!.textContent!.trim()).to.equal(id);
    await waitUntil(() => row.contains(el.shadowRoot!.activeElement), 'focus is on the saved row');
    expect($(el, '[part~=banner] .banner-text')!.textContent).to.equal(`Access right ${id} saved.`);
  });

  it('validates with the API schema and focuses the first invalid field', async () => {
    const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
    await openEdit(el);
    type(el, 'f-startsAt', '2030-05-01');
    type(el, 'f-endsAt', '2030-01-01');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await el.whenReady();
    expect($(el, '#f-endsAt')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-endsAt-error')!.textContent).to.equal('The end must be after the start.');
    expect(activeId(el)).to.equal('f-endsAt');
    type(el, 'f-startsAt', '');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await el.whenReady();
    expect(activeId(el)).to.equal('f-startsAt');
    expect($(el, '#f-startsAt-error')!.textContent).to.equal('This field is required.');
    await expect(el).to.be.accessible();
  });

  it('on 412 says someone else changed it and reloads without losing what was typed', async () => {
    const client = memoryClient();
    const el = await tableFixture({ client, setup: (t) => (t.sort = manualFirst) });
    await openEdit(el);
    const id = ($(el, '#dialog-title')!.textContent!.match(/ar_\S+/) ?? [''])[0];
    const original = manualRights().find((r) => r.id === id)!;
    // Another admin saves first: the opposite status of the row's (ties sort by id, either may be first).
    const other = original.status === 'active' ? 'deactivated' : 'active';
    await client.updateAccessRight(original, { status: other });
    type(el, 'f-endsAt', '2032-12-31');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await waitUntil(() => $(el, 'dialog .banner'), 'shows the stale banner');
    expect($(el, 'dialog .banner')!.textContent).to.include('Someone else changed this');
    // The notice sits in the footer beside Save, and focus moves to it (issue 13, defect 8).
    expect($(el, 'dialog .dialog-footer [part~=stale]')).to.exist;
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~=stale]'), 'focuses the notice');
    $<HTMLButtonElement>(el, 'dialog .banner button')!.click();
    await waitUntil(() => $(el, 'dialog [part~=changes]'), 'reloads');
    const changes = $(el, 'dialog [part~=changes]')!;
    const otherLabel = other === 'active' ? 'Active' : 'Deactivated';
    expect(changes.textContent).to.include('Status');
    expect(changes.textContent).to.include(otherLabel);
    expect($<HTMLInputElement>(el, '#f-endsAt')!.value).to.equal('12/31/2032');
    expect($(el, '#f-status-hint')!.textContent).to.include(otherLabel);
    setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
    const { detail } = await oneEvent(el, 'tk-access-right-updated');
    expect(detail.right.version).to.equal(3);
    expect(detail.right.endsAt).to.equal('2032-12-31T00:00:00Z');
    // The field nobody typed in takes the other admin's value instead of undoing it.
    expect(detail.right.status).to.equal(other);
  });

  it('keeps what was typed when the request fails', async () => {
    let fail = true;
    const client = memoryClient({
      fail: (op) =>
        fail && op === 'updateAccessRight' ? new ProvisioningError('network', 'offline') : undefined,
    });
    const el = await tableFixture({ client, setup: (t) => (t.sort = manualFirst) });
    await openEdit(el);
    type(el, 'f-endsAt', '2033-03-03');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await waitUntil(() => $(el, 'dialog .banner.error'), 'shows the failure');
    expect($<HTMLInputElement>(el, '#f-endsAt')!.value).to.equal('03/03/2033');
    fail = false;
    setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
    await oneEvent(el, 'tk-access-right-updated');
  });

  it('creates a manual right, requiring a product', async () => {
    const client: ProvisioningClient = memoryClient();
    const el = await tableFixture({ client });
    const create = $<HTMLButtonElement>(el, '[part=create]')!;
    create.click();
    await el.whenReady();
    expect(activeId(el)).to.equal('f-productId');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await el.whenReady();
    expect(activeId(el)).to.equal('f-productId');
    expect($(el, '#f-productId-error')!.textContent).to.equal('This field is required.');
    type(el, 'f-productId', 'prod_recording');
    type(el, 'f-startsAt', '2026-01-01');
    await el.updateComplete;
    setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
    const { detail } = await oneEvent(el, 'tk-access-right-created');
    expect(detail.right).to.deep.include({ manual: true, productId: 'prod_recording', accountId: ACCOUNT });
    await waitUntil(() => $(el, '.row.highlighted'), 'shows the new right');
    const row = $(el, '.row.highlighted')!;
    expect(row.querySelectorAll('[role=gridcell]')[1]!.textContent!.trim()).to.equal(detail.right.id);
    await waitUntil(() => row.contains(el.shadowRoot!.activeElement), 'focus is on the new row');
    expect(create.isConnected).to.equal(true);
    expect($(el, '[part~=banner] .banner-text')!.textContent).to.equal(
      `Access right ${detail.right.id} created.`,
    );
    expect($(el, '.count')!.textContent).to.equal(`${demoRights().length + 1} access rights`);
  });

  it('deletes a manual right after confirmation', async () => {
    const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
    const id = renderedIds(el)[0];
    $<HTMLButtonElement>(el, '.body [data-row="0"] .btn.danger')!.click();
    await el.whenReady();
    expect($(el, 'dialog p')!.textContent).to.include(id);
    await expect(el).to.be.accessible();
    setTimeout(() => $<HTMLButtonElement>(el, '[part=submit]')!.click());
    const { detail } = await oneEvent(el, 'tk-access-right-deleted');
    expect(detail.right.id).to.equal(id);
    await el.whenReady();
    expect(renderedIds(el)).not.to.include(id);
  });

  it('lets the host veto a delete', async () => {
    const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
    const first = renderedIds(el)[0];
    el.addEventListener('tk-access-right-delete', (e) => e.preventDefault());
    $<HTMLButtonElement>(el, '.body [data-row="0"] .btn.danger')!.click();
    await el.whenReady();
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await el.whenReady();
    expect($$(el, '.body [role=row]').length).to.be.greaterThan(0);
    expect(renderedIds(el)[0]).to.equal(first);
  });

  it('closes with Escape and returns focus', async () => {
    const el = await tableFixture({ setup: (t) => (t.sort = manualFirst) });
    const trigger = $<HTMLButtonElement>(el, '.body [data-row="0"] .btn.danger')!;
    trigger.focus();
    trigger.click();
    await el.whenReady();
    await sendKeys({ press: 'Escape' });
    await el.whenReady();
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    expect(el.shadowRoot!.activeElement === trigger, 'focus is back on the trigger').to.equal(true);
  });
});

describe('<tk-access-rights-table> dialog on first use', () => {
  it('has no dialog until one is opened, then opens it once however often the button is clicked', async () => {
    const el = await tableFixture();
    expect($(el, 'dialog'), 'nothing of the dialog before it is used').to.be.null;
    const create = $<HTMLButtonElement>(el, '[part=create]')!;
    create.click();
    create.click();
    await el.whenReady();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(activeId(el)).to.equal('f-productId');
    await expect(el).to.be.accessible();
  });

  it('says so when the dialog cannot be loaded, and tries again on the next click', async () => {
    const el = await tableFixture();
    // The chunk failing to download (a dropped connection), once: the element's loader is swapped.
    let attempts = 0;
    const real = (el as unknown as { actions: DialogsOnFirstUse<{ readonly isOpen: boolean }> }).actions;
    (el as unknown as { actions: DialogsOnFirstUse<{ readonly isOpen: boolean }> }).actions =
      new DialogsOnFirstUse(() =>
        attempts++ === 0 ? Promise.reject(new TypeError('Failed to fetch')) : real.load(),
      );
    const create = $<HTMLButtonElement>(el, '[part=create]')!;
    create.click();
    await waitUntil(() => $(el, '[part~=banner][part~=error]'), 'shows the failure');
    expect($(el, '[part~=banner]')!.textContent).to.include('could not be reached');
    expect($(el, 'dialog')).to.be.null;
    await expect(el).to.be.accessible();
    create.click();
    await el.whenReady();
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    expect(attempts).to.equal(2);
  });
});
