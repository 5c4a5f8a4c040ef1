import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { DialogController } from '../../src/core/dialog.js';
import type { TkPartHost } from './part-host.js';
import './part-host.js';

/** A host whose one dialog is drawn by `DialogController.render`, with a trigger to open it from. */
async function mount(options: { dirty?: () => boolean; onClosed?: () => void } = {}) {
  const el = await fixture<TkPartHost>(html`<tk-part-host></tk-part-host>`);
  const dialog = () => el.shadowRoot!.querySelector('dialog');
  const control = new DialogController(el, { dialog, ...options });
  let open = false;
  el.view = (l) =>
    html`<button id="trigger" type="button">Open</button> ${control.render(
        { id: 'edit-dialog', labelledBy: 'edit-title' },
        open
          ? html`<h2 id="edit-title">Edit</h2>
              <input id="name" aria-label="Name" />
              ${control.renderDiscardPrompt(l)}`
          : nothing,
      )}`;
  await el.updateComplete;
  const trigger = el.shadowRoot!.querySelector<HTMLButtonElement>('#trigger')!;
  const show = async () => {
    open = true;
    await control.open(trigger);
  };
  return { el, dialog: () => dialog()!, trigger, show };
}

describe('DialogController.render (the one dialog shell)', () => {
  it('draws one <dialog part="dialog"> named by its id and heading, or by a label', async () => {
    const { el, dialog, show } = await mount();
    expect(dialog().getAttribute('part')).to.equal('dialog');
    expect(dialog().id).to.equal('edit-dialog');
    expect(dialog().getAttribute('aria-labelledby')).to.equal('edit-title');
    expect(dialog().hasAttribute('aria-label')).to.equal(false);
    expect(dialog().hasAttribute('class')).to.equal(false);
    await show();
    await expect(el).to.be.accessible();

    const other = new DialogController(el, { dialog: () => null });
    el.view = () => other.render({ class: 'form-dialog', label: 'New customer' }, nothing);
    await el.updateComplete;
    const named = el.shadowRoot!.querySelector('dialog')!;
    expect(named.getAttribute('aria-label')).to.equal('New customer');
    expect(named.className).to.equal('form-dialog');
    expect(named.hasAttribute('id')).to.equal(false);
    expect(named.hasAttribute('aria-labelledby')).to.equal(false);
  });

  it('closes on Escape through the controller: onClosed runs and focus returns to the trigger', async () => {
    let closed = 0;
    const { el, dialog, show, trigger } = await mount({ onClosed: () => closed++ });
    await show();
    expect(dialog().open).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => closed === 1, 'onClosed runs on the dialog close event');
    expect(dialog().open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(trigger);
  });

  it('asks before Escape discards unsaved edits, and a second Escape keeps editing', async () => {
    const { el, dialog, show } = await mount({ dirty: () => true });
    await show();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog().open).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part=discard]')).to.exist;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('[part=discard]'));
    expect(dialog().open).to.equal(true);
  });
});
