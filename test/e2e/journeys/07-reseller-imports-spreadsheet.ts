import { visible } from '../lib/expect.js';
import { goTo, signedIn, type Journey } from '../lib/portal.js';

/** A small CSV of two customers and three users, written by the test (names unique to the run). */
function spreadsheet(j: Journey) {
  const rows = [
    ['Customer name', 'Product type', 'Country', 'User name', 'E-mail', 'Role'],
    [j.unique('Hooli'), 'Starter', 'DE', 'Gavin Hooli', `gavin.${j.lang}@hooli.example`, 'admin'],
    [j.unique('Hooli'), 'Starter', 'DE', 'Gina Hooli', `gina.${j.lang}@hooli.example`, 'user'],
    [j.unique('Pied Piper'), 'Business', 'US', 'Rick Piper', `rick.${j.lang}@piedpiper.example`, 'admin'],
  ];
  return Buffer.from(rows.map((r) => r.join(',')).join('\r\n') + '\r\n');
}

/** 7. The reseller imports a spreadsheet of customers and users, then sends the password links. */
export async function resellerImportsSpreadsheet(j: Journey): Promise<void> {
  const page = await signedIn(j, 'reseller@acme.example');
  const view = await goTo(j, page, 'nav.import');
  await view.getByLabel(j.t('import.file.choose')).setInputFiles({
    name: `customers-${j.lang}.csv`,
    mimeType: 'text/csv',
    buffer: spreadsheet(j),
  });
  await view.getByRole('button', { name: j.t('import.check'), exact: true }).click();
  await view
    .getByRole('button', { name: j.t('import.start', { count: 3 }) })
    .first()
    .click();
  await visible(view.getByText(j.t('import.finished')));
  await view.getByRole('button', { name: j.t('import.links.send', { count: 3 }) }).click();
  await visible(view.getByText(j.t('import.links.sent', { count: 3 })));
  for (const email of [`gavin.${j.lang}@hooli.example`, `rick.${j.lang}@piedpiper.example`]) {
    const { items } = (await (await page.request.get(`${j.url}/api/dev/outbox`)).json()) as {
      items: { to: string; linkUrl: string | null }[];
    };
    if (!items.some((m) => m.to === email && m.linkUrl))
      throw new Error(`no password link mailed to ${email}`);
  }
  j.last(page);
}
