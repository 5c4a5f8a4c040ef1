import type { ProvisioningClient } from '../../src/api/client.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AccessRight } from '../../src/api/schemas/index.js';
import type { TkAccessRightsTable } from '../../src/components/access-rights-table/access-rights-table.js';
import type { AccessRightsFilter } from '../../src/components/access-rights-table/types.js';
import { $, $$, ACCOUNT, ALL, BY_ID, headers, renderedIds } from './helpers.js';
import { serverApi, signIn } from '../reference-server.js';

const admin = () => signIn('admin@northwind.example');

let serial = 0;
/** A product id no other test (or earlier run) uses, so that each test finds only its own right. */
const uniqueProduct = () => `contract-${Date.now().toString(36)}-${serial++}`;

async function mount(
  client: ProvisioningClient,
  filter: AccessRightsFilter = ALL,
  sort = BY_ID,
): Promise<TkAccessRightsTable> {
  const el = await fixture<TkAccessRightsTable>(
    html`<tk-access-rights-table
      account-id=${ACCOUNT}
      .client=${client}
      .filter=${filter}
      .sort=${sort}
    ></tk-access-rights-table>`,
  );
  await el.whenReady();
  return el;
}

/** The right of a test's own product, as the API has it now. */
async function rightOf(client: ProvisioningClient, productId: string): Promise<AccessRight | undefined> {
  const page = await client.listAccessRights(ACCOUNT, { q: productId, limit: 10 });
  return page.items.find((r) => r.productId === productId);
}

const createRight = (client: ProvisioningClient, productId: string) =>
  client.createAccessRight(ACCOUNT, {
    productId,
    tierId: null,
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: null,
    status: 'active',
  });

/** The right with its instants as days: the server writes `…T00:00:00.000Z`, the element `…T00:00:00Z`. */
const inDays = (right: AccessRight | undefined) =>
  right && { ...right, startsAt: right.startsAt.slice(0, 10), endsAt: right.endsAt?.slice(0, 10) ?? null };

function type(el: TkAccessRightsTable, id: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `#${id}`)!;
  input.value = value;
  // Text fields report on input, day fields and selects on change.
  if (!(input instanceof HTMLSelectElement)) input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

const submit = (el: TkAccessRightsTable) => $<HTMLButtonElement>(el, '[part=submit]')!.click();

/** Every right of the account, by id, through the API (pages of 500). */
async function allRights(client: ProvisioningClient): Promise<Map<string, AccessRight>> {
  const rights = new Map<string, AccessRight>();
  for (let offset = 0, total = Infinity; offset < total;) {
    const page = await client.listAccessRights(ACCOUNT, { offset, limit: 500 });
    page.items.forEach((r) => rights.set(r.id, r));
    total = page.total;
    if (!page.items.length) break;
    offset += page.items.length;
  }
  return rights;
}

(serverApi ? describe : describe.skip)('<tk-access-rights-table> against the reference server', function () {
  this.timeout(60_000);

  it('is accessible', async () => {
    const el = await mount(await admin());
    await expect(el).to.be.accessible();
  });

  it("lists Northwind's access rights, as many as the API counts, in the API's order", async () => {
    const client = await admin();
    await createRight(client, uniqueProduct());
    const el = await mount(client);
    const page = await client.listAccessRights(ACCOUNT, { sort: 'id', limit: 5 });
    expect($(el, '.count')!.textContent).to.equal(`${page.total} access rights`);
    expect($(el, '[role=grid]')!.getAttribute('aria-rowcount')).to.equal(String(page.total + 1));
    expect(renderedIds(el).slice(0, 5)).to.deep.equal(page.items.map((r) => r.id));
  });

  it('offers edit and delete only on manually created rights', async () => {
    const client = await admin();
    await createRight(client, uniqueProduct());
    const el = await mount(client, ALL, { field: 'manual', direction: 'desc' });
    const rights = await allRights(client);
    const rows = $$(el, '.body [role=row]:not(.placeholder)');
    const manual = rows.filter((row) => {
      const id = row.querySelectorAll('[role=gridcell]')[1]!.textContent!.trim();
      const right = rights.get(id);
      expect(right, id).to.exist;
      const buttons = row.querySelectorAll('[role=gridcell]:last-of-type button');
      expect(buttons.length, id).to.equal(right!.manual ? 2 : 0);
      return right!.manual;
    });
    expect(manual.length).to.be.greaterThan(0);
    expect(manual.length).to.be.lessThan(rows.length);
  });

  it('creates a manual right through the dialog and lists it', async () => {
    const client = await admin();
    const productId = uniqueProduct();
    const el = await mount(client);
    const before = (await client.listAccessRights(ACCOUNT, { limit: 1 })).total;
    $<HTMLButtonElement>(el, '[part=create]')!.click();
    await el.whenReady();
    type(el, 'f-productId', productId);
    type(el, 'f-startsAt', '2026-02-01');
    type(el, 'f-endsAt', '2027-01-31');
    await el.updateComplete;
    setTimeout(() => submit(el));
    const { detail } = await oneEvent(el, 'tk-access-right-created');
    expect(detail.right).to.deep.include({ productId, manual: true, accountId: ACCOUNT, version: 1 });
    await waitUntil(() => $(el, '.count')!.textContent === `${before + 1} access rights`, 'counted');

    el.filter = { ...ALL, q: productId };
    await el.whenReady();
    expect(renderedIds(el)).to.deep.equal([detail.right.id]);
    expect(inDays(await rightOf(client, productId))).to.deep.include({
      id: detail.right.id,
      manual: true,
      startsAt: '2026-02-01',
      endsAt: '2027-01-31',
    });
  });

  it('edits a right someone else changed meanwhile: 412, load latest, typed value kept, saved', async () => {
    const client = await admin();
    const productId = uniqueProduct();
    const created = await createRight(client, productId);
    const el = await mount(client, { ...ALL, q: productId });
    $<HTMLButtonElement>(el, '.body [data-row="0"] [part=cell]:last-child .btn:not(.danger)')!.click();
    await el.whenReady();
    expect($(el, '#dialog-title')!.textContent).to.include(created.id);
    // Another admin session deactivates it behind the element's back.
    const other = await admin();
    await other.updateAccessRight(created, { status: 'deactivated' });
    type(el, 'f-endsAt', '2028-06-30');
    await el.updateComplete;
    submit(el);
    await waitUntil(() => $(el, 'dialog .banner'), 'no 412 shown', { timeout: 4000 });
    expect($(el, 'dialog .banner')!.textContent).to.include('Someone else changed this');
    const reload = $$<HTMLButtonElement>(el, 'dialog .banner button')[0]!;
    expect(reload.textContent!.trim()).to.equal('Load latest version');
    reload.click();
    await waitUntil(() => $(el, 'dialog [part~=changes]'), 'reloads', { timeout: 4000 });
    // What the other admin changed is listed, per field, where the eyes are.
    expect($(el, 'dialog [part~=changes]')!.textContent).to.include('Deactivated');
    // Days show in the element's locale (en: month/day/year).
    expect($<HTMLInputElement>(el, '#f-endsAt')!.value).to.equal('06/30/2028');
    expect($(el, '#f-status-hint')!.textContent).to.include('Deactivated');
    setTimeout(() => submit(el));
    const { detail } = await oneEvent(el, 'tk-access-right-updated');
    // The typed end is saved, and the other admin's deactivation is not undone.
    const expected = { id: created.id, endsAt: '2028-06-30', status: 'deactivated', version: 3 };
    expect(inDays(detail.right)).to.deep.include(expected);
    expect(inDays(await rightOf(client, productId))).to.deep.include(expected);
    await el.whenReady();
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });

  it('deletes a manual right after confirmation', async () => {
    const client = await admin();
    const productId = uniqueProduct();
    const created = await createRight(client, productId);
    const el = await mount(client, { ...ALL, q: productId });
    expect(renderedIds(el)).to.deep.equal([created.id]);
    $<HTMLButtonElement>(el, '.body [data-row="0"] .btn.danger')!.click();
    await el.whenReady();
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    expect($(el, 'dialog p')!.textContent).to.include(created.id);
    setTimeout(() => submit(el));
    const { detail } = await oneEvent(el, 'tk-access-right-deleted');
    expect(detail.right.id).to.equal(created.id);
    await waitUntil(() => el.matches(':state(no-match)'), 'the right is gone from the table');
    expect(await rightOf(client, productId)).to.equal(undefined);
  });

  it('shows a normal user the rights read-only', async () => {
    const productId = uniqueProduct();
    await createRight(await admin(), productId);
    const user = await signIn('user@northwind.example');
    const el = await mount(user, ALL, { field: 'manual', direction: 'desc' });
    expect(el.matches(':state(read-only)')).to.equal(true);
    expect(headers(el)).not.to.include('Action');
    expect($(el, '[part=create]')).to.equal(null);
    expect($$(el, '.body .btn')).to.have.length(0);
    const total = (await user.listAccessRights(ACCOUNT, { limit: 1 })).total;
    expect($(el, '.count')!.textContent).to.equal(`${total} access rights`);
    await expect(el).to.be.accessible();
  });
});
