import assert from 'node:assert/strict';
import { DEMO_PERMISSIONS } from '../../../src/api/memory/demo-data.js';
import { absent, hasText, visible } from '../lib/expect.js';
import { goTo, newestMail, openPortal, signIn, signedIn, type Journey } from '../lib/portal.js';

const permissionLabel = (j: Journey, id: string) => {
  const label = DEMO_PERMISSIONS.find((p) => p.id === id)!.label;
  return typeof label === 'string' ? label : label[j.lang]!;
};

/**
 * 2. A customer admin invites a user with two permissions and billing notifications, who sets a
 * password; then sends a replacement link. The server's rule (seed 000, server/routes/auth.ts):
 * the old password keeps working while a link is pending, and signing in with it voids the link,
 * so the replacement link is then refused.
 */
export async function adminInvitesUser(j: Journey): Promise<void> {
  const admin = await signedIn(j, 'admin@northwind.example');
  const users = await goTo(j, admin, 'nav.users', 'view.users');
  const user = { name: j.unique('Paula Pruefer'), email: `paula.${j.lang}@northwind.example` };
  const permissions = ['account.login', 'billing.invoices'].map((id) => permissionLabel(j, id));

  await users.getByRole('button', { name: j.t('users.create') }).click();
  const form = admin.getByRole('dialog', { name: j.t('users.form.createTitle') });
  await form.getByLabel(j.t('users.form.name'), { exact: true }).fill(user.name);
  await form.getByLabel(j.t('users.form.email'), { exact: true }).fill(user.email);
  await form.getByRole('radio', { name: new RegExp(`^${j.t('users.role.user')}`) }).check();
  for (const label of permissions) await form.getByRole('checkbox', { name: label }).check();
  await form.getByRole('checkbox', { name: j.t('users.notify.billing'), exact: true }).check();
  await form.getByRole('button', { name: j.t('users.form.submitCreate') }).click();
  await visible(admin.getByText(j.t('users.created', { email: user.email })));

  // What was saved: the edit form shows the two permissions and the billing notifications.
  await users.getByRole('button', { name: `${j.t('common.edit')} ${user.name}` }).click();
  const edit = admin.getByRole('dialog', { name: j.t('users.form.editTitle', { name: user.name }) });
  for (const label of permissions)
    assert.ok(await edit.getByRole('checkbox', { name: label }).isChecked(), label);
  assert.ok(
    await edit.getByRole('checkbox', { name: j.t('users.notify.billing'), exact: true }).isChecked(),
    'billing mails',
  );
  assert.ok(
    !(await edit.getByRole('checkbox', { name: j.t('users.notify.support'), exact: true }).isChecked()),
    'no support mails',
  );
  await edit.getByRole('button', { name: j.t('common.cancel') }).click();

  // The invitee chooses a first password through the invitation.
  const invitation = await newestMail(admin.request, j.url, user.email);
  const invitee = await j.newPage();
  await openPortal(j, invitee, new URL(invitation.linkUrl!).pathname + new URL(invitation.linkUrl!).search);
  const choose = invitee.getByRole('form', { name: j.t('setPassword.title') });
  await choose.getByLabel(j.t('setPassword.new')).fill('first password 1');
  await choose.getByRole('button', { name: j.t('setPassword.submit') }).click();
  await hasText(choose.getByRole('status'), j.t('setPassword.done'));

  // The admin sends a replacement link from the row's menu.
  await users.getByRole('button', { name: j.t('users.moreActions', { name: user.name }) }).click();
  await admin.getByRole('menuitem', { name: j.t('users.sendLink') }).click();
  const confirm = admin.getByRole('dialog', { name: j.t('users.sendLink.title', { name: user.name }) });
  await confirm.getByRole('button', { name: j.t('users.sendLink.confirm', { count: 1 }) }).click();
  await visible(admin.getByText(j.t('users.linkSent', { email: user.email })));
  const replacement = await newestMail(admin.request, j.url, user.email);
  assert.notEqual(replacement.linkUrl, invitation.linkUrl, 'a new link');

  // The user signs in with the old password instead: that works, and voids the pending link.
  const again = await j.newPage();
  await openPortal(j, again);
  await signIn(j, again, user.email, 'first password 1');
  await openPortal(j, again, new URL(replacement.linkUrl!).pathname + new URL(replacement.linkUrl!).search);
  const late = again.getByRole('form', { name: j.t('setPassword.title') });
  await late.getByLabel(j.t('setPassword.new')).fill('second password 2');
  await late.getByRole('button', { name: j.t('setPassword.submit') }).click();
  await hasText(late.getByRole('alert'), j.t('error.linkInvalid'));
  await absent(late.getByRole('status').filter({ hasText: j.t('setPassword.done') }), 'a success message');
  j.last(again);
}
