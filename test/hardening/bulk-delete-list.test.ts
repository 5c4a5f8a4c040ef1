import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, button, demoClient, mount } from '../user-manager/helpers.js';

/** Issue 20: the bulk-delete name list is a scroll box, so the keyboard must reach it (axe scrollable-region-focusable). */
describe('user manager: the bulk-delete name list', () => {
  it('is focusable, named by the dialog title, scrolls by keyboard and passes axe', async () => {
    const el = await mount(demoClient().client);
    const boxes = $$<HTMLInputElement>(el, 'tbody input[type=checkbox]:not(:disabled)');
    expect(boxes.length).to.be.greaterThan(12);
    for (const box of boxes) box.click();
    await el.updateComplete;
    button($(el, '[part~=bulk-actions]'), 'Delete').click();
    await waitUntil(() => $<HTMLDialogElement>(el, '#confirm-dialog').open);
    const list = $<HTMLUListElement>(el, '#confirm-dialog ul.names');
    expect(list.scrollHeight, 'the list overflows: it is a scroll box').to.be.greaterThan(list.clientHeight);
    expect(list.tabIndex).to.equal(0);
    expect(list.getAttribute('aria-labelledby')).to.equal('confirm-title');
    expect($(el, '#confirm-title').textContent).to.contain(`Delete ${boxes.length} users`);
    // Focused, the list scrolls with the keyboard like any scroll box.
    list.focus();
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => list.scrollTop > 0, 'the list did not scroll by keyboard');
    await expect(el).to.be.accessible();
  });
});
