import { hasText, visible } from '../lib/expect.js';
import { goTo, signedIn, type Journey } from '../lib/portal.js';
import { text } from '../lib/texts.js';

/** 5. The reseller changes the help settings; a customer admin's help popup shows them, in German. */
export async function helpSettingsReachCustomers(j: Journey): Promise<void> {
  const reseller = await signedIn(j, 'reseller@acme.example');
  const settings = await goTo(j, reseller, 'nav.help');
  const displayName = `Acme Hilfe ${j.lang}`;
  const message = `Rufen Sie uns an, wir helfen (${j.lang}).`;
  await settings
    .getByRole('textbox', { name: j.t('helpSettings.displayName'), exact: true })
    .fill(displayName);
  await settings.getByRole('tab', { name: / de$/ }).click();
  await settings
    .getByRole('tabpanel')
    .getByRole('textbox', { name: j.t('helpSettings.message'), exact: true })
    .fill(message);
  await settings.getByRole('button', { name: j.t('common.save'), exact: true }).click();
  await visible(reseller.getByText(j.t('helpSettings.saved')));

  // Nora Northwind is a German user: her portal is German whichever run this is.
  const admin = await signedIn(j, 'admin@northwind.example', 'de');
  await admin.getByRole('button', { name: text('de', 'help.trigger'), exact: true }).click();
  const popup = admin.getByRole('dialog', { name: displayName });
  await visible(popup);
  await hasText(popup.getByText(message), message);
  j.last(admin);
}
