import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ProvisioningError } from '../../src/api/errors.js';
import type { TkHelpPopup } from '../../src/components/help-popup/help-popup.js';
import type { TkHelpSettings } from '../../src/components/help-settings/help-settings.js';
import '../../src/define/provider.js';
import { $, $$, demoClient, hasState, NORA, previewOf, RITA, settings, type, UWE } from './helpers.js';

const submit = async (el: TkHelpSettings) => {
  $<HTMLButtonElement>(el, '[part~=submit]').click();
  await el.updateComplete;
};

describe('<tk-help-settings>', () => {
  it('is accessible, light and dark, the theme switched on the element itself', async () => {
    const el = await settings(demoClient({ principal: RITA }).client);
    for (const theme of ['light', 'dark', 'light'] as const) {
      el.theme = theme;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('resolves its colours the same with the theme on itself or on a provider, at once', async () => {
    const colours = (el: Element) =>
      $$(el, '.btn, input, h2').map((n) => {
        const s = getComputedStyle(n);
        return `${n.localName} ${s.color} on ${s.backgroundColor}`;
      });
    const provider = await fixture(
      html`<tk-provider .client=${demoClient({ principal: RITA }).client} theme="dark"
        ><tk-help-settings></tk-help-settings
      ></tk-provider>`,
    );
    const below = provider.querySelector('tk-help-settings')!;
    await waitUntil(() => $(below, 'form'), 'the form did not load');
    const own = await settings(demoClient({ principal: RITA }).client);
    own.theme = 'dark';
    await own.updateComplete;
    // Read in the same frame as the switch: a transition would still show the light background.
    expect(colours(own)).to.deep.equal(colours(below));
    // Elements nested in it follow its theme as they follow a provider's.
    expect(getComputedStyle(own).getPropertyValue('--tk-color-scheme').trim()).to.equal('dark');
  });

  it('starts the preview in the theme the form is shown in', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<TkHelpSettings>(
        html`<tk-help-settings
          .client=${demoClient({ principal: RITA }).client}
          theme=${theme}
        ></tk-help-settings>`,
      );
      await waitUntil(() => $(el, 'form'), 'the form did not load');
      expect(previewOf(el).theme, theme).to.equal(theme);
    }
  });

  it('fills the form from the reseller’s settings, one tab per language', async () => {
    const el = await settings(demoClient({ principal: RITA }).client);
    expect($<HTMLInputElement>(el, '#hs-displayName').value).to.equal('Acme Telecom Support');
    expect($$(el, '[role=tab]').map((t) => t.dataset.lang)).to.deep.equal(['en', 'de', 'fr', 'hu']);
    expect($<HTMLTextAreaElement>(el, '#hs-message').value).to.contain('Questions about your services?');
    $<HTMLButtonElement>(el, '[role=tab][data-lang=de]').click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#hs-message').value).to.contain('Fragen zu Ihren Diensten?');
    expect(previewOf(el).locale).to.equal('de');
    expect($(el, '[part~=owner]').textContent).to.contain('Acme Telecom');
  });

  it('adds any BCP 47 language and refuses what is not one', async () => {
    const el = await settings(demoClient({ principal: RITA }).client);
    type(el, '#hs-new-tag', 'not a tag');
    $<HTMLButtonElement>(el, '.add-language .btn').click();
    await el.updateComplete;
    expect($(el, '#hs-new-tag-error').textContent).to.contain('language tag');
    type(el, '#hs-new-tag', 'PT-br');
    $<HTMLButtonElement>(el, '.add-language .btn').click();
    await waitUntil(() => $(el, '[role=tab][data-lang=pt-BR]'));
    expect($(el, '[role=tab][aria-selected=true]').dataset.lang).to.equal('pt-BR');
    type(el, '#hs-message', 'Olá');
    await el.updateComplete;
    expect(previewOf(el).settings!.message).to.include({ 'pt-BR': 'Olá' });
  });

  it('checks the accent colour’s contrast with white and dark text', async () => {
    const el = await settings(demoClient({ principal: RITA }).client);
    type(el, '#hs-accent-hex', '#777777');
    await el.updateComplete;
    const items = $$(el, '.contrast li').map((li) => li.className);
    expect(items).to.deep.equal(['fail', 'fail']);
    expect($(el, '.accent .banner.warning')).to.exist;
    type(el, '#hs-accent-hex', '#c2410c');
    await el.updateComplete;
    expect($$(el, '.contrast li').map((li) => li.className)).to.deep.equal(['pass', 'fail']);
    expect(el.style.getPropertyValue('--_sample')).to.equal('#c2410c');
    expect(previewOf(el).style.getPropertyValue('--_accent')).to.equal('#c2410c');
  });

  it('puts field errors beside their fields and focuses the first', async () => {
    const { client, count } = demoClient({ principal: RITA });
    const el = await settings(client);
    type(el, '#hs-displayName', ' ');
    type(el, '#hs-email', 'not-mail');
    type(el, '#hs-accent-hex', 'red');
    await submit(el);
    await el.updateComplete;
    expect($(el, '#hs-displayName-error').textContent).to.equal('This field is required.');
    expect($(el, '#hs-email-error').textContent).to.equal('Enter a valid e-mail address.');
    expect($(el, '#hs-accent-error')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#hs-displayName'));
    expect(count('putHelpSettings')).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('saves with If-Match, and a popup on the same page shows the new settings', async () => {
    const { client, calls } = demoClient({ principal: RITA });
    const page = await fixture(
      html`<div>
        <tk-help-settings .client=${client}></tk-help-settings>
        <tk-help-popup .client=${client} placement="inline"></tk-help-popup>
      </div>`,
    );
    const el = page.querySelector('tk-help-settings')!;
    const shown = page.querySelector<TkHelpPopup>('tk-help-popup')!;
    await waitUntil(() => $(el, 'form') && shown.matches(':not(:state(loading))'));
    type(el, '#hs-displayName', 'Acme Care');
    type(el, '#hs-message', 'Call us any time.');
    const saved = oneEvent(el, 'tk-help-settings-saved');
    await submit(el);
    expect((await saved).detail.settings.displayName).to.equal('Acme Care');
    const put = calls.find((c) => c.op === 'putHelpSettings')!;
    expect((put.args[1] as { version: number }).version).to.equal(1);
    await shown.updateComplete;
    shown.open = true;
    await waitUntil(
      () => $(shown, '[part~=title]')?.textContent === 'Acme Care',
      'the popup kept the old settings',
    );
    expect($(shown, '[part~=message]').textContent!.trim()).to.equal('Call us any time.');
    expect($(el, '[part~=banner]').textContent).to.contain('saved');
  });

  it('after a 412 loads the latest version and keeps what was typed', async () => {
    const { client, inner } = demoClient({ principal: RITA });
    const el = await settings(client);
    const current = await inner.getHelpSettings('acc_acme');
    await inner.putHelpSettings('acc_acme', { ...current, phone: '+49 30 999' });
    type(el, '#hs-displayName', 'Mine');
    await submit(el);
    await waitUntil(() => $(el, '[part~=stale]'), 'no 412 notice');
    $<HTMLButtonElement>(el, '[part~=stale] button').click();
    await waitUntil(() => $(el, '[part~=changes]'));
    expect($<HTMLInputElement>(el, '#hs-displayName').value).to.equal('Mine');
    expect($<HTMLInputElement>(el, '#hs-phone').value).to.equal('+49 30 999');
    const saved = oneEvent(el, 'tk-help-settings-saved');
    await submit(el);
    expect((await saved).detail.settings).to.include({
      displayName: 'Mine',
      phone: '+49 30 999',
      version: 3,
    });
  });

  it('keeps everything typed when saving fails', async () => {
    const { client } = demoClient({
      principal: RITA,
      fail: (op) => (op === 'putHelpSettings' ? new ProvisioningError('network', 'down') : undefined),
    });
    const el = await settings(client);
    type(el, '#hs-displayName', 'Typed');
    await submit(el);
    await waitUntil(() => $(el, '[data-notice]'));
    expect($(el, '[data-notice]').textContent).to.contain('could not be reached');
    expect($<HTMLInputElement>(el, '#hs-displayName').value).to.equal('Typed');
  });

  it('is read-only with the reason for a customer’s admin, naming whose settings apply', async () => {
    const el = await settings(demoClient({ principal: NORA }).client, 'de');
    expect(hasState(el, 'read-only')).to.equal(true);
    expect($(el, '[part~=read-only]').textContent).to.contain('Acme Telecom');
    expect($(el, '[part~=owner]').textContent).to.contain(
      'Die Hilfe für dieses Konto kommt von Acme Telecom',
    );
    expect($<HTMLFieldSetElement>(el, 'fieldset.plain').disabled).to.equal(true);
    expect($(el, '[part~=submit]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is read-only for a normal user', async () => {
    const el = await settings(demoClient({ principal: UWE }).client);
    expect($(el, '[part~=read-only]').textContent).to.contain('Only administrators');
  });

  it('lets a reseller without settings create them', async () => {
    const { client, inner } = demoClient({
      principal: RITA,
      fail: (op) => (op === 'getHelpSettings' ? new ProvisioningError('not-found', 'none') : undefined),
    });
    void inner;
    const el = await settings(client);
    expect($<HTMLInputElement>(el, '#hs-displayName').value).to.equal('');
    expect(el.shadowRoot!.textContent).to.contain('You have no help settings yet');
  });
});
