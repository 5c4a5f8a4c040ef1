import { absent, visible } from '../lib/expect.js';
import { goTo, signedIn, type Journey } from '../lib/portal.js';

const today = () => new Date().toISOString().slice(0, 10);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * 3. The reseller works as Northwind: the banner names it, Northwind's users and access rights
 * show; a manual access right is created, edited and deleted; a right from an offer has no
 * actions; back to Acme.
 */
export async function resellerWorksAsCustomer(j: Journey): Promise<void> {
  const page = await signedIn(j, 'reseller@acme.example');
  const customers = await goTo(j, page, 'nav.customers');
  await customers
    .getByRole('button', { name: j.t('accounts.action.workAsLabel', { name: 'Northwind Traders' }) })
    .click();
  await visible(page.getByText(j.t('scope.workingAs', { name: 'Northwind Traders' })));
  const users = page.getByRole('region', { name: j.t('view.users'), exact: true });
  await visible(users.getByRole('cell', { name: 'Nora Northwind' }));

  const rights = page.getByRole('grid', { name: j.t('accessRights.label') });
  await visible(rights.getByRole('row').nth(1));
  await page.getByRole('button', { name: j.t('accessRights.create') }).click();
  const create = page.getByRole('dialog', { name: j.t('accessRights.form.createTitle') });
  await create.getByRole('combobox', { name: j.t('accessRights.form.productId') }).fill('prod_mail');
  await create.getByLabel(j.t('accessRights.form.startsAt'), { exact: true }).fill(today());
  await create.getByRole('button', { name: j.t('common.create'), exact: true }).click();
  const created = page.getByText(j.pattern('accessRights.created'));
  await visible(created);
  const id = j.pattern('accessRights.created').exec((await created.first().innerText()).trim())![1]!;

  await rights.getByRole('button', { name: j.t('accessRights.edit', { id }) }).click();
  const edit = page.getByRole('dialog', { name: j.t('accessRights.form.editTitle', { id }) });
  await edit.getByLabel(j.t('accessRights.form.status'), { exact: true }).selectOption('deactivated');
  await edit.getByRole('button', { name: j.t('common.save'), exact: true }).click();
  await visible(page.getByText(j.t('accessRights.saved', { id })));

  await rights.getByRole('button', { name: j.t('accessRights.delete', { id }) }).click();
  const confirm = page.getByRole('dialog', { name: j.t('accessRights.deleteTitle') });
  await confirm.getByRole('button', { name: j.t('common.delete') }).click();
  await visible(page.getByText(j.t('accessRights.deleted', { id })));
  await absent(rights.getByRole('button', { name: j.t('accessRights.edit', { id }) }), 'the deleted right');

  // A right that came from an offer: "Manually created: No", and no edit or delete.
  const fromOffer = rights
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell', { name: j.t('common.no'), exact: true }) })
    .first();
  await visible(fromOffer);
  const offerRow = await fromOffer.innerText();
  await absent(
    fromOffer.getByRole('button', {
      name: new RegExp(`^(${escape(j.t('common.edit'))}|${escape(j.t('common.delete'))})`),
    }),
    `actions in "${offerRow}"`,
  );

  await page.getByRole('button', { name: j.t('scope.back', { name: 'Acme Telecom' }) }).click();
  await absent(page.getByText(j.t('scope.workingAs', { name: 'Northwind Traders' })), 'the scope banner');
  await visible(page.getByRole('cell', { name: 'Rita Reseller' }).first());
  j.last(page);
}
