import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import { $, $$, button, mount, names, row, settled, userDialogOpen } from '../user-manager/helpers.js';
import { API_KEY, TENANT } from './data.js';
import { globex, origin, resetGlobex, type } from './helpers.js';

(origin ? describe : describe.skip)(
  'the Globex API through createRestClient options (unchanged elements)',
  function () {
    this.timeout(20_000);
    beforeEach(resetGlobex);

    describe('<tk-user-manager>', () => {
      it('is accessible', async () => {
        const el = await mount(globex().client);
        await expect(el).to.be.accessible();
      });

      it('lists page 1 of the tenant with page/per_page and the X-Api-Key header', async () => {
        const { client, seen } = globex();
        const el = await mount(client);
        expect(names(el)).to.have.length(25);
        expect($(el, '[part=pagination]').textContent).to.contain('1–25 of 28');
        const list = new URL(seen.find((r) => r.url.includes('/members'))!.url);
        expect(list.pathname).to.equal(`/v2/tenants/${TENANT}/members`);
        expect(Object.fromEntries(list.searchParams)).to.deep.equal({
          order_by: 'full_name',
          direction: 'asc',
          page: '1',
          per_page: '25',
        });
        expect(seen[0]!.headers.get('X-Api-Key')).to.equal(API_KEY);
        $$<HTMLButtonElement>(el, '[part=pagination] button')[1]!.click();
        await waitUntil(() => names(el).length === 3, 'page 2 not shown');
        expect(new URL(seen.at(-1)!.url).searchParams.get('page')).to.equal('2');
      });

      it('searches and shows suspended members as disabled', async () => {
        const el = await mount(globex().client);
        const input = $<HTMLInputElement>(el, '[part=search]');
        input.value = 'grimes';
        input.dispatchEvent(new Event('input'));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
        await waitUntil(() => names(el).length === 10, 'no search result');
        await settled(el);
        expect(row(el, 'Lisa Grimes').textContent).to.contain('Disabled');
        expect(row(el, 'Carl Grimes').textContent).to.contain('Active');
      });

      it('creates a member in snake_case; a 409 without problem+json lands beside the e-mail field', async () => {
        const { client, seen } = globex();
        const el = await mount(client);
        button(el, 'New user').click();
        await waitUntil(() => userDialogOpen(el));
        type(el, 'input[name=name]', 'Mr Burns');
        type(el, 'input[name=email]', 'burns@globex.example');
        const created = oneEvent(el, 'tk-user-created');
        button($(el, 'form'), 'Create and invite').click();
        expect((await created).detail.user).to.include({ name: 'Mr Burns', status: 'invited' });
        const post = seen.find((r) => r.method === 'POST')!;
        expect(await post.json()).to.include({
          full_name: 'Mr Burns',
          email_address: 'burns@globex.example',
        });

        button(el, 'New user').click();
        await waitUntil(() => userDialogOpen(el));
        type(el, 'input[name=name]', 'Burns Again');
        type(el, 'input[name=email]', 'burns@globex.example');
        button($(el, 'form'), 'Create and invite').click();
        await waitUntil(() => $(el, '#user-email-error'), 'no error beside the e-mail field');
        expect($(el, '#user-email-error').textContent).to.contain('already exists');
      });

      it('edits with If-Match; a stale revision gives the 412 flow', async () => {
        const el: TkUserManager = await mount(globex().client);
        button(row(el, 'Marge Scorpio'), 'Edit').click();
        await waitUntil(() => userDialogOpen(el));
        const other = globex().client;
        const marge = await other.getUser('gx-3');
        await other.updateUser(marge, { locale: 'fr' });
        type(el, 'input[name=name]', 'Marge Simpson');
        button($(el, 'form'), 'Save').click();
        await waitUntil(() => $(el, 'form [part~=error]'), 'no 412 shown');
        button($(el, 'form'), 'Load latest version').click();
        await waitUntil(() => !$(el, 'form [part~=error]'));
        const updated = oneEvent(el, 'tk-user-updated');
        button($(el, 'form'), 'Save').click();
        expect((await updated).detail.user).to.include({ name: 'Marge Simpson', locale: 'fr' });
      });
    });
  },
);
