import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import {
  $,
  $$,
  button,
  menuAction,
  mount,
  names,
  row,
  settled,
  userDialogOpen,
} from '../user-manager/helpers.js';
import { ACCOUNT, backends, composed, resetProvider, scimClient } from './helpers.js';

const origin = backends.scim;

function type(el: TkUserManager, name: string, value: string) {
  const input = $<HTMLInputElement>(el, `input[name=${name}]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Searches and waits until the list shows `expected` users. */
async function search(el: TkUserManager, text: string, expected: number) {
  const input = $<HTMLInputElement>(el, '[part=search]');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  await waitUntil(() => names(el).length === expected, `no result for "${text}"`);
  await settled(el);
}

async function openCreate(el: TkUserManager) {
  button(el, 'New user').click();
  await waitUntil(() => userDialogOpen(el));
}

(origin ? describe : describe.skip)(
  '<tk-user-manager> against a SCIMMY provider (unchanged element)',
  function () {
    this.timeout(20_000);
    beforeEach(() => resetProvider(origin!));

    it('is accessible', async () => {
      const el = await mount(composed(origin!).client);
      await expect(el).to.be.accessible();
    });

    it('lists the first page sorted by name, with the total, from startIndex and count', async () => {
      const { client, seen } = composed(origin!);
      const el = await mount(client);
      expect(names(el)).to.have.length(25);
      expect(names(el).slice(0, 3)).to.deep.equal(['Ada Lovelace', 'Adele Goldberg', 'Alan Turing']);
      expect($(el, '[part=pagination]').textContent).to.contain('1–25 of 30');
      const list = seen.find((r) => r.url.pathname.endsWith('/Users'))!;
      expect(Object.fromEntries(list.url.searchParams)).to.include({
        startIndex: '1',
        count: '25',
        sortBy: 'name.formatted',
        sortOrder: 'ascending',
      });
      expect(list.headers.get('Accept')).to.contain('application/scim+json');
    });

    it('pages with startIndex', async () => {
      const { client, seen } = composed(origin!);
      const el = await mount(client);
      $$<HTMLButtonElement>(el, '[part=pagination] button')[1]!.click();
      await waitUntil(() => names(el).length === 5, 'second page not shown');
      await settled(el);
      expect($(el, '[part=pagination]').textContent).to.contain('26–30 of 30');
      expect(seen.at(-1)!.url.searchParams.get('startIndex')).to.equal('26');
    });

    it('searches with a SCIM filter and filters by role and status', async () => {
      const { client, seen } = composed(origin!);
      const el = await mount(client);
      await search(el, 'hopper', 1);
      expect(names(el)).to.deep.equal(['Grace Hopper']);
      expect(seen.at(-1)!.url.searchParams.get('filter')).to.equal(
        'userName co "hopper" or name.formatted co "hopper" or emails.value co "hopper"',
      );
      await search(el, '', 25);
      const status = $<HTMLSelectElement>(el, 'select[name=status]');
      status.value = 'disabled';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => names(el).length === 5, 'disabled users not listed');
      expect(names(el)).to.include('Donald Knuth');
    });

    it('creates a user; a taken user name comes back as 409 uniqueness beside the e-mail field', async () => {
      const el = await mount(composed(origin!).client);
      await openCreate(el);
      type(el, 'name', 'Katherine Johnson');
      type(el, 'email', 'katherine.johnson@directory.example');
      const created = oneEvent(el, 'tk-user-created');
      button($(el, 'form'), 'Create and invite').click();
      // SCIM knows no invitations: the provisioned user is active at once.
      expect((await created).detail.user).to.include({ name: 'Katherine Johnson', status: 'active' });
      await waitUntil(() => names(el).includes('Katherine Johnson'));

      await openCreate(el);
      type(el, 'name', 'Grace Again');
      type(el, 'email', 'GRACE.hopper@directory.example');
      button($(el, 'form'), 'Create and invite').click();
      await waitUntil(() => $(el, '#user-email-error'), 'no error beside the e-mail field');
      expect($(el, '#user-email-error').textContent).to.contain('already exists');
      expect(el.shadowRoot!.activeElement?.id).to.equal('user-email');
    });

    it('edits with If-Match: a stale meta.version gives the 412 flow, then saves on the latest', async () => {
      const el = await mount(composed(origin!).client);
      await search(el, 'lamport', 1);
      button(row(el, 'Leslie Lamport'), 'Edit').click();
      await waitUntil(() => userDialogOpen(el));
      // Another SCIM client changes the user meanwhile.
      const { scim: other } = scimClient(origin!);
      const current = (await other.listUsers(ACCOUNT, { q: 'lamport' })).items[0]!;
      await other.updateUser(current, { locale: 'fr' });
      type(el, 'name', 'Leslie B. Lamport');
      button($(el, 'form'), 'Save').click();
      await waitUntil(() => $(el, 'form [part~=error]'), 'no 412 shown');
      expect($(el, 'form [part~=error]').textContent).to.contain('Someone else changed this');
      button($(el, 'form'), 'Load latest version').click();
      await waitUntil(() => !$(el, 'form [part~=error]'));
      expect($<HTMLInputElement>(el, '#user-name').value).to.equal('Leslie B. Lamport');
      const updated = oneEvent(el, 'tk-user-updated');
      button($(el, 'form'), 'Save').click();
      expect((await updated).detail.user).to.include({ name: 'Leslie B. Lamport', locale: 'fr' });
    });

    it('disables (active: false) and deletes', async () => {
      const { client, scim } = composed(origin!);
      const el = await mount(client);
      await menuAction(el, 'Alan Turing', 'Disable');
      await waitUntil(() => row(el, 'Alan Turing').textContent!.includes('Disabled'));
      const [alan] = (await scim.listUsers(ACCOUNT, { q: 'turing' })).items;
      expect(alan!.status).to.equal('disabled');

      await menuAction(el, 'Alan Turing', 'Delete');
      await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
      const deleted = oneEvent(el, 'tk-user-deleted');
      $<HTMLButtonElement>(el, '[part=confirm]').click();
      await deleted;
      await waitUntil(() => !names(el).includes('Alan Turing'));
      expect((await scim.listUsers(ACCOUNT, { q: 'turing' })).total).to.equal(0);
    });
  },
);

(backends.scimNoSort ? describe : describe.skip)(
  '<tk-user-manager> on a SCIM provider that cannot sort',
  function () {
    this.timeout(20_000);

    it('reads the provider config, sends no sortBy, and still lists and pages', async () => {
      const { client, scim, seen } = composed(backends.scimNoSort!);
      expect(await scim.capabilities()).to.include({ sort: false, filter: true, etag: true });
      const el = await mount(client);
      expect(names(el)).to.have.length(25);
      $$<HTMLButtonElement>(el, '[part=sort]')[1]!.click(); // by e-mail
      await waitUntil(() => seen.filter((r) => r.url.pathname.endsWith('/Users')).length === 2);
      await settled(el);
      expect($(el, '[part~=error]')).to.equal(null);
      const lists = seen.filter((r) => r.url.pathname.endsWith('/Users'));
      expect(lists.every((r) => !r.url.searchParams.has('sortBy'))).to.equal(true);
      // The config is read once per client.
      expect(seen.filter((r) => r.url.pathname.endsWith('/ServiceProviderConfig'))).to.have.length(1);
    });
  },
);
