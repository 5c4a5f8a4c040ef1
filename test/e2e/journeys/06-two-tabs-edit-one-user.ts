import { hasValue, visible } from '../lib/expect.js';
import { goTo, signedIn, type Journey } from '../lib/portal.js';

/**
 * 6. Two tabs of the same admin edit the same user. The first save wins; the second gets the
 * "changed by someone else" flow, loads the latest version, and keeps what was typed.
 */
export async function twoTabsEditOneUser(j: Journey): Promise<void> {
  const login = 'admin@contoso.example';
  const [first, second] = [await signedIn(j, login), await signedIn(j, login)];
  const forms = [];
  let name = '';
  for (const page of [first, second]) {
    const users = await goTo(j, page, 'nav.users', 'view.users');
    const edit = users.getByRole('button', { name: new RegExp(`^${j.t('common.edit')} (?!Claire)`) }).first();
    const label = (await edit.getAttribute('aria-label')) ?? (await edit.innerText());
    name = label.slice(j.t('common.edit').length + 1).trim();
    await edit.click();
    forms.push(page.getByRole('dialog', { name: j.t('users.form.editTitle', { name }), exact: true }));
  }
  const [a, stale] = forms as [(typeof forms)[0], (typeof forms)[0]];
  let b = stale;
  await a.getByLabel(j.t('users.form.name'), { exact: true }).fill(`${name} (A)`);
  await a.getByRole('button', { name: j.t('common.save'), exact: true }).click();
  await visible(first.getByText(j.t('users.updated', { name: `${name} (A)` })));

  const typed = `${name} (B)`;
  await b.getByLabel(j.t('users.form.name'), { exact: true }).fill(typed);
  await b.getByRole('checkbox', { name: j.t('users.notify.support'), exact: true }).setChecked(true);
  await b.getByRole('button', { name: j.t('common.save'), exact: true }).click();
  await visible(b.getByText(j.t('stale.title')));
  await b.getByRole('button', { name: j.t('stale.reload') }).click();
  // The latest version carries the other tab's name, and so does the form's title.
  b = second.getByRole('dialog', { name: j.t('users.form.editTitle', { name: `${name} (A)` }), exact: true });
  await visible(b.getByText(j.t('stale.kept')));
  await hasValue(b.getByLabel(j.t('users.form.name'), { exact: true }), typed);
  if (!(await b.getByRole('checkbox', { name: j.t('users.notify.support'), exact: true }).isChecked()))
    throw new Error('the support notification ticked before the reload was lost');
  await b.getByRole('button', { name: j.t('common.save'), exact: true }).click();
  await visible(second.getByText(j.t('users.updated', { name: typed })));
  await visible(second.getByRole('cell', { name: new RegExp(`^${typed.replace(/[()]/g, '\\$&')}`) }));
  j.last(second);
}
