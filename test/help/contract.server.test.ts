import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TkHelpPopup } from '../../src/components/help-popup/help-popup.js';
import type { TkHelpSettings } from '../../src/components/help-settings/help-settings.js';
import { serverApi, signIn } from '../reference-server.js';
import { $, type } from './helpers.js';

(serverApi ? describe : describe.skip)('help against the reference server', function () {
  this.timeout(30_000);

  it('a customer admin’s popup shows its reseller’s settings', async () => {
    const client = await signIn('admin@northwind.example');
    const el = await fixture<TkHelpPopup>(
      html`<tk-help-popup .client=${client} locale="de" placement="inline"></tk-help-popup>`,
    );
    await waitUntil(() => el.matches(':not(:state(loading))'), 'still loading', { timeout: 5000 });
    el.open = true;
    await waitUntil(() => $(el, '[part~=title]'));
    const reseller = await (await signIn('reseller@acme.example')).getHelpSettings('acc_acme');
    expect($(el, '[part~=title]').textContent).to.equal(reseller.displayName);
    expect($<HTMLAnchorElement>(el, '[part~=email]').href).to.equal(`mailto:${reseller.email}`);
    await expect(el).to.be.accessible();
  });

  it('a second reseller’s customer admin sees that reseller’s help, not Acme’s', async () => {
    const el = await fixture<TkHelpPopup>(
      html`<tk-help-popup
        .client=${await signIn('admin@vandelay.example')}
        placement="inline"
        open
      ></tk-help-popup>`,
    );
    await waitUntil(() => $(el, '[part~=contact]'), 'no settings', { timeout: 5000 });
    expect($(el, '[part~=title]').textContent).to.equal('Globex Networks Service Desk');
    expect($<HTMLAnchorElement>(el, '[part~=email]').href).to.equal('mailto:servicedesk@globex.example');
    expect($(el, '[part~=message]').textContent).to.contain('Globex service desk');
    await expect(el).to.be.accessible();
  });

  it('settings saved in <tk-help-settings> appear in a <tk-help-popup> on the same page', async () => {
    const client = await signIn('reseller@acme.example');
    const page = await fixture(
      html`<div>
        <tk-help-settings .client=${client}></tk-help-settings>
        <tk-help-popup .client=${client} placement="inline"></tk-help-popup>
      </div>`,
    );
    const form = page.querySelector<TkHelpSettings>('tk-help-settings')!;
    const popup = page.querySelector<TkHelpPopup>('tk-help-popup')!;
    await waitUntil(() => $(form, 'form'), 'form not loaded', { timeout: 5000 });
    const name = `Acme Support ${Date.now()}`;
    type(form, '#hs-displayName', name);
    type(form, '#hs-message', 'Saved through the form.');
    const saved = oneEvent(form, 'tk-help-settings-saved');
    $<HTMLButtonElement>(form, '[part~=submit]').click();
    expect((await saved).detail.settings.ownerName).to.equal('Acme Telecom');
    popup.open = true;
    await waitUntil(() => $(popup, '[part~=title]')?.textContent === name, 'the popup did not update');
    // A fresh popup for a customer reads the same from the server.
    const customer = await fixture<TkHelpPopup>(
      html`<tk-help-popup
        .client=${await signIn('user@northwind.example')}
        placement="inline"
        open
      ></tk-help-popup>`,
    );
    await waitUntil(
      () => $(customer, '[part~=title]')?.textContent === name,
      'the customer sees old settings',
      {
        timeout: 5000,
      },
    );
    expect($(customer, '[part~=message]').textContent!.trim()).to.equal('Saved through the form.');
  });
});
