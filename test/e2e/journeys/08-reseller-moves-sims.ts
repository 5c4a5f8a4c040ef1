import { changedFrom, hasText, visible } from '../lib/expect.js';
import { goTo, signedIn, type Journey } from '../lib/portal.js';

/** 8. The reseller moves three SIM cards from its own stock to Northwind; Northwind's admin sees them. */
export async function resellerMovesSims(j: Journey): Promise<void> {
  const page = await signedIn(j, 'reseller@acme.example');
  const view = await goTo(j, page, 'nav.resources');
  const select = j.pattern('resources.select');
  const boxes = view.getByRole('checkbox', { name: select });
  // The filter applies after a typing pause and clears the selection: tick only once the list
  // shows the filtered count and has finished loading.
  const count = view.locator('.count');
  const settled = view
    .getByRole('grid', { name: j.t('resources.label') })
    .and(view.locator('[aria-busy="false"]'));
  await visible(boxes.nth(2));
  await visible(settled);
  const everyone = (await count.innerText()).trim();
  await view.getByLabel(j.t('resources.filter.accountName'), { exact: true }).fill('Acme Telecom');
  await changedFrom(count, everyone);
  await visible(settled);
  await visible(boxes.nth(2));
  const identifiers: string[] = [];
  for (let i = 0; i < 3; i++) {
    const box = boxes.nth(i);
    identifiers.push(select.exec((await box.getAttribute('aria-label'))!)![1]!);
    await box.check();
  }
  await hasText(
    view.getByRole('status').filter({ hasText: j.t('resources.selected', { count: 3 }) }),
    j.t('resources.selected', { count: 3 }),
  );
  await view.getByRole('button', { name: j.t('resources.actions') }).click();
  await page.getByRole('menuitem', { name: j.t('resources.menu.move') }).click();
  const dialog = page.getByRole('dialog', { name: j.t('resources.move.title', { count: 3 }) });
  await dialog.getByRole('combobox', { name: j.t('resources.move.search') }).fill('Northwind');
  await dialog
    .getByRole('option', { name: /^Northwind Traders/ })
    .first()
    .click();
  await dialog.getByRole('button', { name: j.t('resources.move.confirm', { count: 3 }) }).click();
  await visible(page.getByText(j.t('resources.moved.summary', { count: 3, name: 'Northwind Traders' })));

  const admin = await signedIn(j, 'admin@northwind.example');
  const theirs = await goTo(j, admin, 'nav.resources');
  const search = theirs.getByLabel(j.t('resources.filter.search'), { exact: true });
  for (const identifier of identifiers) {
    await search.fill(identifier);
    await visible(theirs.getByRole('gridcell', { name: identifier }));
  }
  await search.fill('');
  j.last(admin);
}
