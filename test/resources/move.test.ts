import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ResourceMove, ResourceMoveResult } from '../../src/api/schemas/index.js';
import {
  $,
  $$,
  dialog,
  listFixture,
  memoryClient,
  openMove,
  selectedCount,
  selectedIndexes,
  settle,
  typeFilter,
} from './helpers.js';

describe('<tk-resource-list>: moving', () => {
  it('moves the selection with the account picker, searched and chosen by keyboard', async () => {
    const el = await listFixture();
    await openMove(el, [0, 1, 2]);
    expect(dialog(el).open).to.be.true;
    expect($(el, '#dialog-title')!.textContent).to.contain('Move 3 resources to');
    const search = $<HTMLInputElement>(el, '#picker-q')!;
    expect(el.shadowRoot!.activeElement).to.equal(search);
    const names = $$(el, '[role=option] .option-name').map((o) => o.textContent!.trim());
    expect(names).to.include.members([
      'Acme Telecom',
      'Northwind Traders',
      'Northwind Berlin',
      'Contoso Ltd',
    ]);
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'berl' });
    await settle(el);
    expect(
      $$(el, '[role=option]').map((o) => o.querySelector('.option-name')!.textContent!.trim()),
    ).to.deep.equal(['Northwind Berlin']);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '[role=option][aria-selected=true]')!.textContent).to.contain('Northwind Berlin');
    expect($(el, '.chosen')!.textContent).to.contain('Target: Northwind Berlin');
    const before = oneEvent(el, 'tk-resources-move');
    const after = oneEvent(el, 'tk-resources-moved');
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    const { detail } = await before;
    expect(detail).to.deep.include({ count: 3, to: 'acc_northwind_berlin', toName: 'Northwind Berlin' });
    expect(detail.ids!.length).to.equal(3);
    const moved = await after;
    expect(moved.detail.result.moved).to.equal(3);
    await settle(el);
    expect(dialog(el).open).to.be.false;
    expect(selectedCount(el)).to.equal('None selected');
    await typeFilter(el, 'account-name', 'berlin');
    expect($(el, '.count')!.textContent).to.contain('11 resources');
  });

  it('arrow keys walk the hierarchy; a cancelled tk-resources-move sends nothing', async () => {
    const client = memoryClient();
    let calls = 0;
    const spy = {
      ...client,
      moveResources: (a: string, b: ResourceMove) => (calls++, client.moveResources(a, b)),
    };
    const el = await listFixture({ client: spy });
    await openMove(el, [0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const active = $(el, '.option.active')!;
    expect($<HTMLInputElement>(el, '#picker-q')!.getAttribute('aria-activedescendant')).to.equal(active.id);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    el.addEventListener('tk-resources-move', (e) => e.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    await settle(el);
    expect(calls).to.equal(0);
    expect(dialog(el).open).to.be.false;
  });

  it('reports a partly failed move per resource and keeps the failed ones selected', async () => {
    const client = memoryClient();
    // The server refuses one of them (say another admin moved it out of reach meanwhile).
    const partly = {
      ...client,
      moveResources: async (a: string, b: ResourceMove): Promise<ResourceMoveResult> => {
        const ids = (b as { ids: string[] }).ids;
        const [refused, ...rest] = ids;
        const real = await client.moveResources(a, { ids: rest, to: b.to });
        return {
          ...real,
          failed: 1,
          results: [{ id: refused!, outcome: 'failed', code: 'not-found', message: 'gone' }, ...real.results],
        };
      },
    };
    const el = await listFixture({ client: partly });
    await openMove(el, [0, 1, 2]);
    $$(el, '[role=option]')
      .find((o) => o.textContent!.includes('Contoso'))!
      .click();
    await settle(el);
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    await oneEvent(el, 'tk-resources-moved');
    await settle(el);
    expect(dialog(el).open).to.be.true;
    expect($(el, '#dialog-title')!.textContent).to.contain('Some resources could not be moved');
    expect($(el, '[data-notice]')!.textContent).to.contain('2 resources moved to Contoso Ltd');
    const results = $$(el, '[part=results] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(results).to.deep.equal(['8949020000000001000: not found, or not yours to move']);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'dialog .btn.primary')!.click();
    await settle(el);
    expect(selectedCount(el)).to.equal('1 selected');
    expect(selectedIndexes(el)).to.deep.equal([0]);
  });

  it('shows a failed request in the dialog and keeps the chosen target', async () => {
    const client = memoryClient();
    const failing = {
      ...client,
      moveResources: async () => {
        const { ProvisioningError } = await import('../../src/api/errors.js');
        throw new ProvisioningError('network', 'offline');
      },
    };
    const el = await listFixture({ client: failing });
    await openMove(el, [4]);
    $$(el, '[role=option]')
      .find((o) => o.textContent!.includes('Contoso'))!
      .click();
    await settle(el);
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    await new Promise((r) => setTimeout(r, 20));
    await settle(el);
    expect($(el, 'dialog [role=alert]')!.textContent).to.contain('could not be reached');
    expect($(el, '.chosen')!.textContent).to.contain('Contoso');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'dialog [data-notice]'));
  });
});
