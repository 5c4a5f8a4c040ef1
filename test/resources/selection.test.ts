import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { combo } from './helpers.js';
import type { ResourceMove } from '../../src/api/schemas/index.js';
import {
  $,
  click,
  key,
  listFixture,
  memoryClient,
  rowAt,
  selectedCount,
  selectedIndexes,
  settle,
} from './helpers.js';

describe('<tk-resource-list>: selection like a file manager', () => {
  it('click selects one row, Ctrl/Cmd-click toggles, Shift-click selects a range', async () => {
    const el = await listFixture();
    click(el, 2);
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([2]);
    expect(selectedCount(el)).to.equal('1 selected');
    click(el, 5, { ctrlKey: true });
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([2, 5]);
    click(el, 2, { metaKey: true });
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([5]);
    // As in Explorer or Finder, Ctrl-click moves the anchor even when it deselects.
    click(el, 8, { shiftKey: true });
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([2, 3, 4, 5, 6, 7, 8]);
    click(el, 6);
    click(el, 8, { shiftKey: true });
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([6, 7, 8]);
    click(el, 4, { ctrlKey: true });
    click(el, 1, { shiftKey: true, ctrlKey: true });
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([1, 2, 3, 4, 6, 7, 8]);
    expect(selectedCount(el)).to.equal('7 selected');
    click(el, 3);
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([3]);
  });

  it('the checkbox toggles a row without touching the others', async () => {
    const el = await listFixture();
    click(el, 0);
    await settle(el);
    rowAt(el, 4).querySelector<HTMLInputElement>('[data-check]')!.click();
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([0, 4]);
  });

  it('arrows move the selection, Shift+arrows extend it, Space toggles, Escape clears', async () => {
    const el = await listFixture();
    click(el, 0);
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(rowAt(el, 0));
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([1]);
    await combo('Shift', 'ArrowDown');
    await combo('Shift', 'ArrowDown');
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([1, 2, 3]);
    await combo('Shift', 'ArrowUp');
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([1, 2]);
    await combo('Control', 'ArrowDown');
    await combo('Control', 'ArrowDown');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([1, 2, 4]);
    expect(el.shadowRoot!.activeElement).to.equal(rowAt(el, 4));
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(selectedIndexes(el)).to.deep.equal([]);
    expect(selectedCount(el)).to.equal('None selected');
  });

  it('Ctrl+A selects every matching resource across pages, as a query less exceptions', async () => {
    const client = memoryClient();
    let sent: ResourceMove | undefined;
    const spy = {
      ...client,
      moveResources: (id: string, body: ResourceMove) => ((sent = body), client.moveResources(id, body)),
    };
    const el = await listFixture({
      client: spy,
      filter: { q: '', accountName: 'acme', status: 'all', overAlert: false },
    });
    click(el, 0);
    await settle(el);
    await combo('Control', 'a');
    await settle(el);
    expect(selectedCount(el)).to.equal('40 selected');
    click(el, 1, { ctrlKey: true });
    await settle(el);
    expect(selectedCount(el)).to.equal('39 selected');
    // Move them: the request names the query and the one exception, not 39 ids.
    key(rowAt(el, 0), 'ContextMenu');
    await settle(el);
    $<HTMLButtonElement>(el, '[data-action=move]')!.click();
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    const option = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')].find((o) =>
      o.textContent!.includes('Contoso'),
    )!;
    option.click();
    await settle(el);
    const moved = oneEvent(el, 'tk-resources-moved');
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    const { detail } = await moved;
    expect(sent).to.have.property('to', 'acc_contoso');
    expect((sent as { except: string[] }).except.length).to.equal(1);
    expect((sent as { query: unknown }).query).to.deep.equal({
      accountName: 'acme',
      kind: 'sim',
      include: 'descendants',
    });
    expect(detail.result.moved).to.equal(39);
  });

  it('the "select all" button does the same for touch and pointer users', async () => {
    const el = await listFixture();
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.selection-bar .btn')].find((b) =>
      b.textContent!.includes('Select all'),
    )!;
    button.click();
    await settle(el);
    expect(selectedCount(el)).to.equal('82 selected');
    expect(el.matches(':state(selected)')).to.be.true;
  });
});
