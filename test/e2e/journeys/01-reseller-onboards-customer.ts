import assert from 'node:assert/strict';
import { hasText, visible } from '../lib/expect.js';
import { goTo, newestMail, openPortal, signIn, signedIn, type Journey } from '../lib/portal.js';

/** 1. The reseller creates "Initech" with a primary admin; the admin follows the invitation and signs in. */
export async function resellerOnboardsCustomer(j: Journey): Promise<void> {
  const page = await signedIn(j, 'reseller@acme.example');
  const customers = await goTo(j, page, 'nav.customers');
  await customers.getByRole('button', { name: j.t('accounts.list.create') }).click();
  const form = page.getByRole('dialog', { name: j.t('accounts.list.create') });
  const name = j.unique('Initech');
  const admin = { name: 'Ivy Initech', email: `ivy.${j.lang}@initech.example` };
  await form.getByLabel(j.t('accounts.form.name'), { exact: true }).fill(name);
  await form.getByLabel(j.t('accounts.form.productType'), { exact: true }).selectOption({ label: 'Starter' });
  await form
    .getByLabel(j.t('accounts.form.country'), { exact: true })
    .fill(j.lang === 'de' ? 'Deutschland' : 'Germany');
  await form.getByRole('button', { name: j.t('accounts.form.next') }).click();
  await form.getByLabel(j.t('accounts.form.adminName'), { exact: true }).fill(admin.name);
  await form.getByLabel(j.t('accounts.form.adminEmail'), { exact: true }).fill(admin.email);
  const create = form.getByRole('button', { name: j.t('accounts.form.submitCreate') });
  // Product settings and role and access need nothing for a Starter customer: on to the review.
  while (!(await create.isVisible()))
    await form.getByRole('button', { name: j.t('accounts.form.next') }).click();
  await create.click();
  // The list says the customer was created and its admin invited, and names it among its rows.
  await visible(
    customers.getByRole('status').filter({ hasText: j.t('accounts.created', { name, email: admin.email }) }),
  );
  await visible(customers.getByRole('cell', { name, exact: true }));

  const mail = await newestMail(page.request, j.url, admin.email);
  assert.match(mail.linkUrl ?? '', /\/set-password\?token=/, 'the invitation carries a password link');
  // The outbox page lists the invitation with its link, as a developer follows it.
  await page.goto(`${j.url}/dev/outbox`);
  await page.getByRole('link', { name: mail.linkUrl! }).click();
  await page.waitForURL(/\/set-password\?token=/);
  const choose = page.getByRole('form', { name: j.t('setPassword.title') });
  await choose.getByLabel(j.t('setPassword.new')).fill('initech password 1');
  await choose.getByRole('button', { name: j.t('setPassword.submit') }).click();
  await hasText(choose.getByRole('status'), j.t('setPassword.done'));

  const next = await j.newPage();
  await openPortal(j, next);
  await signIn(j, next, admin.email, 'initech password 1');
  await visible(next.getByText(`${admin.name} · ${name}`));
  j.last(next);
}
