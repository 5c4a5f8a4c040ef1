import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { DialogsOnFirstUse } from '../../src/core/on-first-use.js';
import { $, click, key, listFixture, memoryClient, rowAt, settle, NW_ADMIN } from './helpers.js';

async function openCap(el: HTMLElement, index: number, action = 'setCap') {
  click(el, index);
  await settle(el as never);
  key(rowAt(el, index), 'ContextMenu');
  await settle(el as never);
  $<HTMLButtonElement>(el, `[data-action=${action}]`)!.click();
  await settle(el as never);
}

function type(el: HTMLElement, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('<tk-resource-list>: caps and alerts', () => {
  it('enabling a cap sets the alert at 80 % of it, explained in the form', async () => {
    const el = await listFixture();
    await openCap(el, 0);
    expect($(el, '#dialog-title')!.textContent).to.contain('Set a cap for 8949020000000001000');
    expect($(el, '#cap-explain')!.textContent).to.contain('80 %');
    expect($<HTMLInputElement>(el, '#cap-alert')!.value).to.equal('80');
    type(el, 'cap-limit', '500');
    await settle(el);
    expect($(el, '#cap-alert-summary')!.textContent).to.contain('Alert at 400 MB (80% of 500 MB)');
    await expect(el).to.be.accessible();
    const change = oneEvent(el, 'tk-resource-cap-change');
    const changed = oneEvent(el, 'tk-resource-cap-changed');
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    expect((await change).detail.cap).to.deep.equal({ limit: 500 });
    const { detail } = await changed;
    expect(detail.resource.cap).to.deep.equal({ limit: 500, alert: 400 });
    await settle(el);
    expect(rowAt(el, 0).querySelector('.usage-text')!.textContent).to.contain('of 500 MB');
  });

  it('the admin changes the alert as a percentage or as an amount', async () => {
    const el = await listFixture({
      client: memoryClient({ principal: NW_ADMIN }),
      accountId: 'acc_northwind',
    });
    await openCap(el, 0);
    expect($(el, '#dialog-title')!.textContent).to.contain('Change the cap of');
    type(el, 'cap-alert', '50');
    await settle(el);
    expect($(el, '#cap-alert-summary')!.textContent).to.contain('(50% of 2,048 MB)');
    $<HTMLInputElement>(el, 'input[value=absolute]')!.click();
    await settle(el);
    expect($<HTMLInputElement>(el, '#cap-alert')!.value).to.equal('1024');
    type(el, 'cap-alert', '1500');
    await settle(el);
    const changed = oneEvent(el, 'tk-resource-cap-changed');
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    expect((await changed).detail.resource.cap).to.deep.equal({ limit: 2048, alert: 1500 });
  });

  it('refuses an alert above the cap beside the field', async () => {
    const el = await listFixture();
    await openCap(el, 0);
    type(el, 'cap-limit', '100');
    type(el, 'cap-alert', '120');
    await settle(el);
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    await settle(el);
    expect($(el, '#cap-alert-error')!.textContent).to.contain('cannot be above the cap');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#cap-alert'));
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.be.true;
  });

  it("checks the cap with the contract's schema before sending", async () => {
    const el = await listFixture();
    await openCap(el, 0);
    type(el, 'cap-limit', '2e13');
    await settle(el);
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    await settle(el);
    expect($(el, '#cap-limit-error')!.textContent).to.contain('not valid');
    expect($(el, '#cap-limit')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('removing a cap asks first, with focus on Cancel', async () => {
    const el = await listFixture({
      client: memoryClient({ principal: NW_ADMIN }),
      accountId: 'acc_northwind',
    });
    await openCap(el, 0, 'removeCap');
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Cancel');
    const changed = oneEvent(el, 'tk-resource-cap-changed');
    $<HTMLButtonElement>(el, 'dialog [part=confirm]')!.click();
    expect((await changed).detail.resource.cap).to.equal(null);
  });

  it('renames a label', async () => {
    const el = await listFixture();
    await openCap(el, 1, 'rename');
    type(el, 'label', 'Spare for Berlin');
    const renamed = oneEvent(el, 'tk-resource-renamed');
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    expect((await renamed).detail.resource.label).to.equal('Spare for Berlin');
    await settle(el);
    expect(rowAt(el, 1).textContent).to.contain('Spare for Berlin');
  });
});

describe('<tk-resource-list>: dialogs on first use', () => {
  it('has no dialog until one is opened', async () => {
    const el = await listFixture();
    expect($(el, 'dialog'), 'nothing of the dialogs before they are used').to.equal(null);
    await openCap(el, 0);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('says so when the dialogs cannot be loaded, and tries again on the next request', async () => {
    const el = await listFixture();
    // The chunk failing to download (a dropped connection), once: the element's loader is swapped.
    let attempts = 0;
    const host = el as unknown as { dialogs: DialogsOnFirstUse<{ readonly isOpen: boolean }> };
    const real = host.dialogs;
    host.dialogs = new DialogsOnFirstUse(() =>
      attempts++ === 0 ? Promise.reject(new TypeError('Failed to fetch')) : real.load(),
    );
    await openCap(el, 0);
    await waitUntil(() => $(el, '[part~=banner][part~=error]'), 'shows the failure');
    expect($(el, '[part~=banner]')!.textContent).to.include('could not be reached');
    expect($(el, 'dialog')).to.equal(null);
    await expect(el).to.be.accessible();
    await openCap(el, 0);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.be.true;
    expect(attempts).to.equal(2);
  });
});
