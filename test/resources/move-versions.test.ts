import { expect, oneEvent } from '@open-wc/testing';
import type { ResourceMove, ResourceMoveResult } from '../../src/api/schemas/index.js';
import {
  $,
  $$,
  bulkData,
  click,
  combo,
  dialog,
  identifiers,
  listFixture,
  memoryClient,
  openMove,
  openMoveOnSelection,
  rowAt,
  selectedCount,
  selectedIndexes,
  settle,
} from './helpers.js';

/** Picks Contoso in the open move dialog and submits it. */
async function moveToContoso(el: Parameters<typeof openMove>[0]) {
  $$(el, '[role=option]')
    .find((o) => o.textContent!.includes('Contoso'))!
    .click();
  await settle(el);
  const moved = oneEvent(el, 'tk-resources-moved');
  $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
  const { detail } = await moved;
  await settle(el);
  return detail.result;
}

describe('<tk-resource-list>: moving with the versions it saw', () => {
  it('a resource changed behind its back fails as changed and stays selected; the others move', async () => {
    const client = memoryClient();
    let sent: ResourceMove | undefined;
    const spy = {
      ...client,
      moveResources: (a: string, b: ResourceMove) => ((sent = b), client.moveResources(a, b)),
    };
    const el = await listFixture({ client: spy });
    const [first] = identifiers(el);
    // Another admin renames the first row after the list loaded.
    const page = await client.listResources('acc_acme', { q: first!, include: 'descendants', limit: 10 });
    const stale = page.items.find((r) => r.identifier === first)!;
    await client.updateResource(stale, { label: 'Renamed elsewhere' });

    await openMove(el, [0, 1, 2]);
    const result = await moveToContoso(el);
    expect(Object.keys((sent as { versions: object }).versions)).to.have.length(3);
    expect((sent as { versions: Record<string, number> }).versions[stale.id]).to.equal(stale.version);
    expect(result).to.deep.include({ moved: 2, failed: 1 });
    expect(dialog(el).open).to.be.true;
    expect($(el, '[data-notice]')!.textContent).to.contain('2 resources moved to Contoso Ltd');
    const results = $$(el, '[part=results] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(results).to.deep.equal([
      `${first}: changed by someone else since you loaded it — reload and try again`,
    ]);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'dialog .btn.primary')!.click();
    await settle(el);
    // The list reloaded: the changed resource is still here, with its new label, and still selected.
    expect(identifiers(el)[0]).to.equal(first);
    expect(rowAt(el, 0).textContent).to.contain('Renamed elsewhere');
    expect(selectedCount(el)).to.equal('1 selected');
    expect(selectedIndexes(el)).to.deep.equal([0]);
  });

  it('the message is localized', async () => {
    const client = memoryClient();
    const el = await listFixture({ client, locale: 'de' });
    const [first] = identifiers(el);
    const page = await client.listResources('acc_acme', { q: first!, include: 'descendants', limit: 10 });
    await client.updateResource(
      page.items.find((r) => r.identifier === first)!,
      { label: 'x' },
    );
    await openMove(el, [0]);
    await moveToContoso(el);
    expect($(el, '[part=results] li')!.textContent).to.contain('seit dem Laden von jemand anderem geändert');
  });

  it('after "select all" only the rows it has loaded carry a version', async () => {
    const client = memoryClient({}, bulkData());
    let sent: ResourceMove | undefined;
    const none: ResourceMoveResult = { moved: 0, unchanged: 0, failed: 0, results: [] };
    const spy = { ...client, moveResources: async (_: string, b: ResourceMove) => ((sent = b), none) };
    const el = await listFixture({ client: spy, accountId: 'acc_bulk' });
    click(el, 0);
    await settle(el);
    await combo('Control', 'a');
    await settle(el);
    // "All matching", counted only to the bound: a lower bound, said as one (issue 21).
    expect(selectedCount(el)).to.equal('More than 500 selected');
    await openMoveOnSelection(el);
    expect($(el, '#dialog-title')!.textContent!.trim()).to.equal('Move more than 500 resources to…');
    await moveToContoso(el);
    expect(sent).to.have.property('query');
    const seen = Object.keys((sent as { versions: object }).versions).length;
    // Whole blocks of 100 were loaded for the scroll window, nowhere near all 50,000.
    expect(seen % 100).to.equal(0);
    expect(seen).to.be.within(100, 1000);
  });
});
