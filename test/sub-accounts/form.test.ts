import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ProvisioningError } from '../../src/api/errors.js';
import type { TkSubAccountForm } from '../../src/components/sub-account-form/sub-account-form.js';
import { countries } from '../../src/components/sub-account-form/countries.js';
import { $, $$, button, check, client, fillDetails, formReady, next, stepTitle, type } from './helpers.js';

async function mount(
  c = client().client,
  attrs: { accountId?: string; persist?: boolean; locale?: string } = {},
) {
  const el = await fixture<TkSubAccountForm>(
    attrs.accountId
      ? html`<tk-sub-account-form
          .client=${c}
          account-id=${attrs.accountId}
          locale=${attrs.locale ?? 'en'}
        ></tk-sub-account-form>`
      : html`<tk-sub-account-form
          .client=${c}
          parent-id="acc_acme"
          ?persist-draft=${attrs.persist}
          locale=${attrs.locale ?? 'en'}
        ></tk-sub-account-form>`,
  );
  await formReady(el);
  return el;
}

describe('<tk-sub-account-form> create', () => {
  afterEach(() => sessionStorage.clear());

  it('walks the four steps and the review, checking each step, and creates with an invitation', async () => {
    const { client: c } = client();
    const el = await mount(c);
    expect(stepTitle(el)).to.equal('Step 1 of 4: Details');
    await expect(el).to.be.accessible();
    await next(el);
    // Nothing filled: step 1 stays, messages beside the fields, focus on the first.
    expect(stepTitle(el)).to.contain('Details');
    expect($(el, '#err-name').textContent).to.contain('required');
    expect($(el, '#err-country')).to.exist;
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-name');
    await expect(el).to.be.accessible();
    fillDetails(el);
    await next(el);
    expect(stepTitle(el)).to.equal('Step 2 of 4: Primary administrator');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-title');
    expect($(el, '.intro').textContent).to.contain('invitation');
    expect($$(el, 'input[type=password]')).to.have.length(0);
    type(el, '#f-primaryAdmin-email', 'not-an-address');
    await next(el);
    expect($(el, '#err-primaryAdmin-email').textContent).to.contain('valid e-mail');
    type(el, '#f-primaryAdmin-name', 'Ida Initrode');
    type(el, '#f-primaryAdmin-email', 'ida@initrode.example');
    await next(el);
    expect(stepTitle(el)).to.equal('Step 3 of 4: Role and access');
    await waitUntil(() => $$(el, 'input[name=permission]').length === 7);
    expect($$<HTMLInputElement>(el, 'input[name=permission]').every((i) => i.checked)).to.equal(true);
    check(el, 'input[name=permission][value="billing.orders"]', false);
    await expect(el).to.be.accessible();
    await next(el);
    expect(stepTitle(el)).to.equal('Step 4 of 4: Review');
    expect($(el, '.review-section').textContent).to.contain('Initrode GmbH');
    expect($(el, '.review-section').textContent).to.contain('Germany');
    await expect(el).to.be.accessible();
    const before = oneEvent(el, 'tk-account-create');
    const created = oneEvent(el, 'tk-account-created');
    $<HTMLButtonElement>(el, '[part=submit]').click();
    const { detail } = await before;
    expect(detail.parentId).to.equal('acc_acme');
    expect(detail.body).to.deep.include({
      name: 'Initrode GmbH',
      productTypeId: 'pt_starter',
      country: 'DE',
    });
    expect(detail.body.primaryAdmin.permissions).to.have.length(6);
    const account = (await created).detail.account;
    expect(account).to.include({ name: 'Initrode GmbH', kind: 'customer' });
    const users = await c.listUsers(account.id);
    expect(users.items[0]).to.include({ email: 'ida@initrode.example', role: 'admin', status: 'invited' });
    await waitUntil(() => $(el, '[part=banner]'));
    expect($(el, '[part=banner]').textContent).to.contain('ida@initrode.example received an invitation');
  });

  it('goes back and forth on the step indicator and from the review to a step', async () => {
    const el = await mount();
    fillDetails(el);
    $<HTMLButtonElement>(el, '[data-step=review]').click();
    await el.updateComplete;
    // Step 2 is incomplete: the indicator stops there.
    expect(stepTitle(el)).to.contain('Primary administrator');
    type(el, '#f-primaryAdmin-name', 'Ida');
    type(el, '#f-primaryAdmin-email', 'ida@x.example');
    $<HTMLButtonElement>(el, '[data-step=review]').click();
    await el.updateComplete;
    await waitUntil(() => stepTitle(el).includes('Review'));
    button(el, 'Change Details').click();
    await el.updateComplete;
    expect(stepTitle(el)).to.contain('Details');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Initrode GmbH');
    $<HTMLButtonElement>(el, '[part=back]')?.click?.();
    $<HTMLButtonElement>(el, '[data-step=admin]').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-primaryAdmin-email').value).to.equal('ida@x.example');
  });

  it('renders and checks the product settings of the phone-system type, defaults included', async () => {
    const el = await mount();
    fillDetails(el, 'Voice Co', 'pt_voice');
    await next(el);
    type(el, '#f-primaryAdmin-name', 'Vic');
    type(el, '#f-primaryAdmin-email', 'vic@voice.example');
    await next(el);
    expect(stepTitle(el)).to.equal('Step 3 of 5: Product settings');
    expect($<HTMLInputElement>(el, '#f-settings-pbxPort').value).to.equal('5060');
    expect($<HTMLInputElement>(el, '#f-settings-pbxEnabled').checked).to.equal(false);
    expect($(el, 'label[for=f-settings-pbxHost]').textContent).to.contain('Phone system host');
    await next(el);
    expect($(el, '#err-settings-pbxHost').textContent).to.contain('required');
    type(el, '#f-settings-pbxHost', 'pbx.voice.example');
    type(el, '#f-settings-pbxPort', '99999');
    type(el, '#f-settings-adminUrl', 'javascript:alert(1)');
    await next(el);
    expect($(el, '#err-settings-pbxPort')).to.exist;
    expect($(el, '#err-settings-adminUrl')).to.exist;
    await expect(el).to.be.accessible();
    type(el, '#f-settings-pbxPort', '5061');
    type(el, '#f-settings-adminUrl', '');
    check(el, '#f-settings-autoProvision');
    await next(el);
    expect(stepTitle(el)).to.contain('Role and access');
    await next(el);
    const before = oneEvent(el, 'tk-account-create');
    $<HTMLButtonElement>(el, '[part=submit]').click();
    const { detail } = await before;
    expect(detail.body.settings).to.deep.equal({
      pbxHost: 'pbx.voice.example',
      pbxPort: 5061,
      pbxModel: 'generic',
      pbxEnabled: false,
      autoProvision: true,
    });
  });

  it("puts the server's 409s on the right step and field, and keeps everything typed", async () => {
    const el = await mount();
    fillDetails(el, 'Contoso Ltd');
    check(el, 'input[name=internal]');
    await next(el);
    type(el, '#f-primaryAdmin-name', 'Dup');
    type(el, '#f-primaryAdmin-email', 'admin@northwind.example');
    await next(el);
    await next(el);
    $<HTMLButtonElement>(el, '[part=submit]').click();
    await waitUntil(() => $(el, '#err-name'), 'name conflict shown');
    expect(stepTitle(el)).to.contain('Details');
    expect($(el, '#err-name').textContent).to.contain('already has this name');
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-name');
    type(el, '#f-name', 'Contoso Two');
    $<HTMLButtonElement>(el, '[data-step=review]').click();
    await waitUntil(() => stepTitle(el).includes('Review'));
    $<HTMLButtonElement>(el, '[part=submit]').click();
    await waitUntil(() => $(el, '#err-internal'), 'internal conflict shown');
    expect($(el, '#err-internal').textContent).to.contain('only one');
    await expect(el).to.be.accessible();
    check(el, 'input[name=internal]', false);
    $<HTMLButtonElement>(el, '[data-step=review]').click();
    await waitUntil(() => stepTitle(el).includes('Review'));
    $<HTMLButtonElement>(el, '[part=submit]').click();
    await waitUntil(() => $(el, '#err-primaryAdmin-email'), 'e-mail conflict shown');
    expect(stepTitle(el)).to.contain('Primary administrator');
    expect($<HTMLInputElement>(el, '#f-primaryAdmin-name').value).to.equal('Dup');
  });

  it('keeps the draft across a failed request, a language switch and (persist-draft) a reload, without e-mail', async () => {
    let down = true;
    const { client: c } = client({
      fail: (op) =>
        op === 'createChildAccount' && down ? new ProvisioningError('network', 'down') : undefined,
    });
    const el = await mount(c, { persist: true });
    fillDetails(el, 'Draft Co');
    type(el, '#f-reference', 'REF-9');
    await next(el);
    type(el, '#f-primaryAdmin-name', 'Dana');
    type(el, '#f-primaryAdmin-email', 'dana@draft.example');
    await next(el);
    await next(el);
    $<HTMLButtonElement>(el, '[part=submit]').click();
    await waitUntil(() => $(el, '[part~=error]'), 'failure shown');
    expect($(el, '[part~=error]').textContent).to.contain('could not be reached');
    el.locale = 'de';
    await el.updateComplete;
    await waitUntil(() => stepTitle(el).includes('Prüfen'));
    expect($(el, '.review-section').textContent).to.contain('Deutschland');
    expect($(el, '.review-section').textContent).to.contain('REF-9');
    const stored = JSON.stringify(sessionStorage);
    expect(stored).to.contain('Draft Co');
    expect(stored).not.to.contain('dana@draft.example');
    // A new element (a reload) restores the draft, but not the address.
    el.remove();
    const again = await mount(c, { persist: true });
    expect($(again, '[part=banner]').textContent).to.contain('restored');
    $<HTMLButtonElement>(again, '[data-step=details]').click();
    await again.updateComplete;
    expect($<HTMLInputElement>(again, '#f-name').value).to.equal('Draft Co');
    down = false;
  });

  it('offers every ISO country, sorted by the locale, named in its language', async () => {
    const el = await mount(client().client, { locale: 'de' });
    const options = $$<HTMLOptionElement>(el, '#country-list option').map((o) => o.value);
    expect(options).to.have.length(249);
    expect(options).to.include('Deutschland');
    const collator = new Intl.Collator('de');
    expect([...options].sort(collator.compare)).to.deep.equal(options);
    expect(countries('fr').find((c) => c.code === 'DE')!.name).to.equal('Allemagne');
    type(el, '#f-country', 'Atlantis');
    await next(el);
    expect($(el, '#err-country').textContent).to.contain('Land aus der Liste');
  });

  it('creates an account with the keyboard only', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#f-name').focus();
    await sendKeys({ type: 'Keyboard Ltd' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'K-1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'France' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => stepTitle(el).includes('Primary administrator'), 'to step 2');
    $<HTMLInputElement>(el, '#f-primaryAdmin-name').focus();
    await sendKeys({ type: 'Kay Board' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'kay@keyboard.example' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => stepTitle(el).includes('Role and access'), 'to step 3');
    await waitUntil(() => $$(el, 'input[name=permission]').length > 0);
    $<HTMLButtonElement>(el, '[part=next]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => stepTitle(el).includes('Review'), 'to review');
    const created = oneEvent(el, 'tk-account-created');
    $<HTMLButtonElement>(el, '[part=submit]').focus();
    await sendKeys({ press: 'Enter' });
    expect((await created).detail.account).to.include({
      name: 'Keyboard Ltd',
      country: 'FR',
      reference: 'K-1',
    });
  });
});

describe('<tk-sub-account-form> edit', () => {
  it('shows a locked product type read-only with the reason, without the admin step', async () => {
    const el = await mount(client().client, { accountId: 'acc_contoso' });
    await waitUntil(() => $<HTMLInputElement>(el, '#f-name')?.value === 'Contoso Ltd');
    expect($(el, '#f-productTypeId')).to.equal(null);
    expect($(el, '[data-field=productTypeId]').textContent).to.contain('Enterprise (dedicated)');
    expect(el.shadowRoot!.textContent).to.contain('cannot be changed once assigned');
    expect($$(el, '[part=step]').map((b) => b.dataset['step'])).to.deep.equal(['details', 'review']);
    await expect(el).to.be.accessible();
  });

  it('sends only the changes, with the 412 flow keeping what was typed', async () => {
    const { client: c } = client();
    const el = await mount(c, { accountId: 'acc_northwind' });
    await waitUntil(() => $<HTMLInputElement>(el, '#f-name')?.value === 'Northwind Traders');
    // Another admin changes the notes meanwhile.
    const current = await c.getAccount('acc_northwind');
    await c.updateAccount(current, { notes: 'Changed elsewhere' });
    type(el, '#f-reference', 'NW-0001');
    await next(el);
    const update = oneEvent(el, 'tk-account-update');
    $<HTMLButtonElement>(el, '[part=submit]').click();
    expect((await update).detail.patch).to.deep.equal({ reference: 'NW-0001' });
    await waitUntil(() => $(el, '[part~=stale]'), '412 shown');
    button(el, 'Load latest version').click();
    await waitUntil(() => $(el, '[part=changes]'), 'changes shown');
    expect($(el, '[part=changes]').textContent).to.contain('Changed elsewhere');
    const updated = oneEvent(el, 'tk-account-updated');
    $<HTMLButtonElement>(el, '[part=submit]').click();
    expect((await updated).detail.account).to.include({ reference: 'NW-0001', notes: 'Changed elsewhere' });
  });
});
