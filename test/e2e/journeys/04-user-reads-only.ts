import assert from 'node:assert/strict';
import { absent, visible } from '../lib/expect.js';
import { apiToken, goTo, signedIn, type Journey } from '../lib/portal.js';

/**
 * 4. A normal user sees every element read-only: no write the UI would offer is there, and a
 * write forced with the user's own token is refused by the server.
 */
export async function userReadsOnly(j: Journey): Promise<void> {
  const page = await signedIn(j, 'user@northwind.example');
  await visible(page.getByText(j.t('session.readOnly')));
  const nav = page.getByRole('navigation', { name: j.t('nav.label') });
  await absent(nav.getByRole('link', { name: j.t('nav.import') }), 'the Import view');
  await absent(nav.getByRole('link', { name: j.t('nav.help') }), 'the Help settings view');

  // A customer's portal calls its accounts sub-accounts.
  const customers = await goTo(j, page, 'nav.subAccounts');
  await visible(customers.getByRole('table', { name: j.t('accounts.list.label') }));
  await absent(customers.getByRole('button', { name: j.t('accounts.list.create') }), 'New customer');
  await absent(
    customers.getByRole('button', { name: new RegExp(j.t('accounts.action.more', { name: '' })) }),
    'row menus',
  );

  await goTo(j, page, 'nav.users', 'view.users');
  const users = page.getByRole('region', { name: j.t('view.users'), exact: true });
  await visible(users.getByText(j.t('users.readOnly')));
  await visible(users.getByRole('cell', { name: 'Uwe Nutzer' }));
  await absent(users.getByRole('button', { name: j.t('users.create') }), 'New user');
  await absent(users.getByRole('button', { name: new RegExp(`^${j.t('common.edit')} `) }), 'Edit buttons');
  // Row selection (and the page's select-all) only: the access rights' "All periods" filter is a checkbox too.
  await absent(users.getByRole('checkbox', { name: j.pattern('users.select') }), 'row selection boxes');
  await absent(users.getByRole('checkbox', { name: j.t('users.selectPage') }), 'select the page');
  const rights = page.getByRole('grid', { name: j.t('accessRights.label') });
  await visible(rights.getByRole('row').nth(1));
  await absent(page.getByRole('button', { name: j.t('accessRights.create') }), 'New access right');
  await absent(
    rights.getByRole('button', { name: new RegExp(`^(${j.t('common.edit')}|${j.t('common.delete')}) `) }),
    'right actions',
  );

  const resources = await goTo(j, page, 'nav.resources');
  await visible(resources.getByText(j.t('resources.readOnly')));
  await visible(resources.getByRole('row').nth(1));
  await absent(resources.getByRole('button', { name: j.t('resources.actions') }), 'resource actions');
  // Row selection only: "Over alert level only" is a filter checkbox.
  await absent(
    resources.getByRole('checkbox', { name: j.pattern('resources.select') }),
    'resource selection',
  );

  // A forced write with the user's own token (as the page's script could send it): refused.
  const token = await apiToken(page.request, j.url, 'user@northwind.example');
  const forced = await page.evaluate(async (bearer) => {
    const headers = { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' };
    const invite = await fetch('/api/accounts/acc_northwind/users', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Forced Entry', email: 'forced@northwind.example', role: 'admin' }),
    });
    const link = await fetch('/api/users/usr_nw_admin/password-link', { method: 'POST', headers });
    return [invite.status, link.status];
  }, token);
  assert.deepEqual(forced, [403, 403], "the server refuses a normal user's writes");
  j.last(page);
}
