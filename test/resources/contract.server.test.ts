import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ProvisioningClient } from '../../src/api/client.js';
import { isProvisioningError } from '../../src/api/errors.js';
import type { Resource } from '../../src/api/schemas/index.js';
import type { TkResourceList } from '../../src/components/resource-list/resource-list.js';
import { serverApi, signIn } from '../reference-server.js';
import { $, $$, click, key, rowAt, rows, settle, typeFilter } from './helpers.js';

const reseller = () => signIn('reseller@acme.example');
const nwAdmin = () => signIn('admin@northwind.example');

async function mount(client: ProvisioningClient, accountId: string): Promise<TkResourceList> {
  const el = await fixture<TkResourceList>(
    html`<tk-resource-list
      account-id=${accountId}
      kind="sim"
      locale="en"
      .client=${client}
    ></tk-resource-list>`,
  );
  await el.whenReady();
  return el;
}

/** Every resource of an account's subtree, through the API. */
async function all(client: ProvisioningClient, accountId: string): Promise<Resource[]> {
  const out: Resource[] = [];
  for (let offset = 0, total = Infinity; offset < total;) {
    const page = await client.listResources(accountId, { include: 'descendants', offset, limit: 500 });
    out.push(...page.items);
    total = page.total;
    if (!page.items.length) break;
    offset += page.items.length;
  }
  return out;
}

(serverApi ? describe : describe.skip)('<tk-resource-list> against the reference server', function () {
  this.timeout(60_000);

  it('lists as many resources as the API counts, in its order, and is accessible', async () => {
    const client = await nwAdmin();
    const el = await mount(client, 'acc_northwind');
    const page = await client.listResources('acc_northwind', {
      include: 'descendants',
      kind: 'sim',
      limit: 20,
    });
    expect($(el, '.count')!.textContent).to.contain(`${page.total} resources`);
    const shown = rows(el)
      .slice(0, 5)
      .map((r) => r.querySelector('.identifier .mono')!.textContent!.trim());
    expect(shown).to.deep.equal(page.items.slice(0, 5).map((r) => r.identifier));
    await expect(el).to.be.accessible();
  });

  it('the reseller moves three SIMs from its stock to Northwind Berlin; a Northwind admin sees them', async () => {
    const client = await reseller();
    const el = await mount(client, 'acc_acme');
    await typeFilter(el, 'account-name', 'acme telecom');
    const picked = [0, 1, 2].map((i) => rowAt(el, i).querySelector('.identifier .mono')!.textContent!.trim());
    click(el, 0);
    await settle(el);
    click(el, 2, { shiftKey: true });
    await settle(el);
    key(rowAt(el, 0), 'ContextMenu');
    await settle(el);
    $<HTMLButtonElement>(el, '[data-action=move]')!.click();
    for (let i = 0; i < 100 && !$(el, '[role=listbox]'); i++) await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    $$(el, '[role=option]')
      .find((o) => o.querySelector('.option-name')!.textContent!.includes('Northwind Berlin'))!
      .click();
    await settle(el);
    const moved = oneEvent(el, 'tk-resources-moved');
    $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click();
    const { detail } = await moved;
    expect([detail.result.moved, detail.result.failed]).to.deep.equal([3, 0]);

    const berlin = await all(await nwAdmin(), 'acc_northwind_berlin');
    for (const identifier of picked)
      expect(berlin.find((r) => r.identifier === identifier)?.accountId).to.equal('acc_northwind_berlin');
    const nw = await mount(await nwAdmin(), 'acc_northwind');
    await typeFilter(nw, 'q', picked[0]!);
    expect(rows(nw)[0]!.querySelector('.account')!.textContent).to.contain('Northwind Berlin');
  });

  it('a Northwind admin cannot move a SIM into Contoso: refused, nothing moved', async () => {
    const client = await nwAdmin();
    const before = await all(client, 'acc_northwind');
    const sim = before.find((r) => r.kind === 'sim' && r.accountId === 'acc_northwind')!;
    const error = await client
      .moveResources('acc_northwind', { ids: [sim.id], to: 'acc_contoso' })
      .catch((e) => e);
    expect(isProvisioningError(error) && error.kind).to.equal('validation');
    const after = await all(client, 'acc_northwind');
    expect(after.map((r) => [r.id, r.accountId, r.version])).to.deep.equal(
      before.map((r) => [r.id, r.accountId, r.version]),
    );
  });

  it('sets a cap with the alert at 80 % and reads it back with its new version', async () => {
    const client = await nwAdmin();
    const [sim] = (
      await client.listResources('acc_northwind', { kind: 'sim', q: 'Weather station', limit: 1 })
    ).items;
    const saved = await client.updateResource(sim!, { cap: { limit: 750 } });
    expect(saved.cap).to.deep.equal({ limit: 750, alert: 600 });
    expect(saved.version).to.equal(sim!.version + 1);
    const stale = await client.updateResource(sim!, { label: 'late' }).catch((e) => e);
    expect(isProvisioningError(stale) && stale.kind).to.equal('precondition-failed');
  });
});
