import { expect } from '@open-wc/testing';
import { $, click, key, listFixture, memoryClient, rowAt, rows, settle, NW_USER } from './helpers.js';

describe('<tk-resource-list>: normal users', () => {
  it('see the same list read-only: no selection, no actions, no menu', async () => {
    const el = await listFixture({
      client: memoryClient({ principal: NW_USER }),
      accountId: 'acc_northwind',
    });
    expect(el.matches(':state(read-only)')).to.be.true;
    expect(rows(el).length).to.be.greaterThan(0);
    expect($(el, '[part=actions]')).to.not.exist;
    expect($(el, '[data-check]')).to.not.exist;
    expect($(el, '.read-only-note')!.textContent).to.contain('only administrators');
    expect($(el, '[role=grid]')!.hasAttribute('aria-multiselectable')).to.be.false;
    click(el, 0);
    await settle(el);
    expect(rowAt(el, 0).hasAttribute('aria-selected')).to.be.false;
    key(rowAt(el, 0), 'ContextMenu');
    const ctx = new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true });
    rowAt(el, 0).dispatchEvent(ctx);
    await settle(el);
    expect($(el, '[role=menu]')).to.not.exist;
    expect(ctx.defaultPrevented).to.be.false;
    await expect(el).to.be.accessible();
  });
});
