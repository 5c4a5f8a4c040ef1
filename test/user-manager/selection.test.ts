import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ProvisioningError } from '../../src/api/errors.js';
import type { TkUserManager } from '../../src/components/user-manager/user-manager.js';
import { $, $$, button, demoClient, mount, names } from './helpers.js';

const boxes = (el: TkUserManager) => $$<HTMLInputElement>(el, 'tbody input[type=checkbox]');
const checked = (el: TkUserManager) => boxes(el).map((b) => b.checked);

describe('<tk-user-manager> selection and bulk actions', () => {
  it('is accessible with a selection and results shown', async () => {
    const el = await mount(demoClient().client);
    boxes(el)[1]!.click();
    boxes(el)[2]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('selects a range with Shift-click', async () => {
    const el = await mount(demoClient().client);
    boxes(el)[1]!.click();
    boxes(el)[4]!.dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(checked(el).slice(0, 6)).to.deep.equal([false, true, true, true, true, false]);
    expect($(el, '[part=bulk-actions]').textContent).to.contain('4 users selected');
    expect($$(el, 'tbody tr.selected')).to.have.length(4);
  });

  it('selects with Space and a range with Shift+Space, from the keyboard', async () => {
    const el = await mount(demoClient().client);
    boxes(el)[0]!.focus();
    await sendKeys({ press: 'Space' });
    boxes(el)[3]!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(checked(el).slice(0, 5)).to.deep.equal([true, true, true, true, false]);
  });

  it('selects the whole page from the header checkbox', async () => {
    const el = await mount(demoClient().client);
    $<HTMLInputElement>(el, 'thead input[type=checkbox]').click();
    await el.updateComplete;
    expect(checked(el).every(Boolean)).to.equal(true);
    button(el, 'Clear selection').click();
    await el.updateComplete;
    expect(checked(el).some(Boolean)).to.equal(false);
  });

  it('sends password links to a selection, with a result per user', async () => {
    const { client } = demoClient({
      fail: () => undefined,
    });
    const el = await mount(client);
    // Anna, Bence, Eszter (after Ágnes, who is disabled).
    boxes(el)[1]!.click();
    boxes(el)[3]!.dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true, cancelable: true }));
    await el.updateComplete;
    button($(el, '[part=bulk-actions]'), 'Send password links').click();
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    expect($(el, '#confirm-dialog h2').textContent).to.contain('Send password links to 3 users?');
    expect($$(el, '#confirm-dialog .names li')).to.have.length(3);
    $<HTMLButtonElement>(el, '[part=confirm]').click();
    await waitUntil(() => $(el, '[part=results]'));
    expect($(el, '[part=results]').textContent).to.contain('3 of 3 done.');
    expect($$(el, '[part=results] li.ok')).to.have.length(3);
    await waitUntil(
      () => el.shadowRoot!.activeElement === $(el, '[part=results]'),
      'focus not on the results',
    );
    await expect(el).to.be.accessible();
  });

  it('disables and deletes a selection, reporting failures per user', async () => {
    let calls = 0;
    const { client } = demoClient({
      fail: (op) =>
        op === 'deleteUser' && ++calls === 2 ? new ProvisioningError('forbidden', 'no') : undefined,
    });
    const el = await mount(client);
    const picked = names(el).slice(1, 4);
    boxes(el)[1]!.click();
    boxes(el)[3]!.dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true, cancelable: true }));
    await el.updateComplete;
    button($(el, '[part=bulk-actions]'), 'Disable').click();
    await waitUntil(() => $(el, '[part=results]'));
    expect($(el, '[part=results]').textContent).to.contain('3 of 3 done.');

    boxes(el)[1]!.click();
    boxes(el)[3]!.dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true, cancelable: true }));
    await el.updateComplete;
    button($(el, '[part=bulk-actions]'), 'Delete').click();
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    for (const name of picked) expect($(el, '#confirm-dialog').textContent).to.contain(name);
    $<HTMLButtonElement>(el, '[part=confirm]').click();
    await waitUntil(() => $(el, '[part=results]')?.textContent?.includes('2 of 3 done.'));
    expect($$(el, '[part=results] li.failed')).to.have.length(1);
    expect($(el, '[part=results] li.failed').textContent).to.contain('You are not allowed to do this.');
    // The user that could not be deleted stays selected for another try.
    await waitUntil(() => checked(el).filter(Boolean).length === 1);
  });
});
