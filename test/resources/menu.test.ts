import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, combo, click, key, listFixture, rowAt, selectedIndexes, settle } from './helpers.js';

const menuItems = (el: HTMLElement) => $$(el, '[role=menuitem]');
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<tk-resource-list>: the context menu', () => {
  it('opens on right-click, selecting the row under the pointer, with focus on the first item', async () => {
    const el = await listFixture();
    click(el, 1);
    await settle(el);
    const cell = rowAt(el, 3).querySelector('.identifier')!;
    const r = cell.getBoundingClientRect();
    cell.dispatchEvent(
      new MouseEvent('contextmenu', {
        bubbles: true,
        composed: true,
        cancelable: true,
        clientX: r.left + 5,
        clientY: r.top + 5,
      }),
    );
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([3]);
    expect($(el, '[role=menu]')).to.exist;
    expect(focused(el)).to.equal(menuItems(el)[0]);
    expect(menuItems(el).map((m) => m.textContent!.trim())).to.deep.equal([
      'Move to…',
      'Set cap…',
      'Remove cap',
      'Rename label…',
    ]);
    expect(menuItems(el).map((m) => m.getAttribute('aria-disabled'))).to.deep.equal([
      'false',
      'false',
      'true',
      'false',
    ]);
    await expect(el).to.be.accessible();
  });

  it('opens on the Menu key and Shift+F10, moves focus with the arrows, closes on Escape back to the row', async () => {
    const el = await listFixture();
    click(el, 2);
    await settle(el);
    await combo('Shift', 'F10');
    await settle(el);
    expect($(el, '[role=menu]')).to.exist;
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(menuItems(el)[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(menuItems(el)[3]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(menuItems(el)[0]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[role=menu]')).to.not.exist;
    expect(focused(el)).to.equal(rowAt(el, 2));
    expect(selectedIndexes(el)).to.deep.equal([2], 'Escape in the menu keeps the selection');
    key(rowAt(el, 2), 'ContextMenu');
    await settle(el);
    expect($(el, '[role=menu]')).to.exist;
  });

  it('opens from the visible Actions button; single-resource items are unavailable for several', async () => {
    const el = await listFixture();
    const actions = $<HTMLButtonElement>(el, '[part=actions]')!;
    expect(actions.disabled).to.be.true;
    click(el, 0);
    click(el, 1, { ctrlKey: true });
    await settle(el);
    actions.click();
    await settle(el);
    expect(actions.getAttribute('aria-expanded')).to.equal('true');
    const disabled = menuItems(el).map((m) => m.getAttribute('aria-disabled'));
    expect(disabled).to.deep.equal(['false', 'true', 'true', 'true']);
    menuItems(el)[2]!.click();
    await settle(el);
    expect($(el, '[role=menu]')).to.exist;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(el);
    expect($(el, '[role=menu]')).to.not.exist;
  });
});
