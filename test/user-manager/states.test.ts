import { expect, waitUntil } from '@open-wc/testing';
import { ProvisioningError } from '../../src/api/errors.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { $, button, demoClient, hasState, mount, names, settled } from './helpers.js';

/** Demo data where Northwind Berlin has no users at all. */
function withoutBerlinUsers() {
  const data = createDemoData();
  data.users = data.users.filter((u) => u.accountId !== 'acc_northwind_berlin' || u.id === 'usr_nw_admin');
  return data;
}

describe('<tk-user-manager> states', () => {
  it('is accessible when empty, in error and with no match', async () => {
    const empty = await mount(demoClient({ data: withoutBerlinUsers() }).client, {
      accountId: 'acc_northwind_berlin',
    });
    await expect(empty).to.be.accessible();
    const failing = await mount(
      demoClient({
        fail: (op) => (op === 'listUsers' ? new ProvisioningError('network', 'down') : undefined),
      }).client,
    );
    await expect(failing).to.be.accessible();
  });

  it('shows loading while the first page loads', async () => {
    const { client } = demoClient({ latency: 300 });
    const { fixture, html } = await import('@open-wc/testing');
    const el = await fixture(html`<tk-user-manager .client=${client} locale="en"></tk-user-manager>`);
    await waitUntil(() => hasState(el as never, 'loading'));
    expect($(el, '[part=loading]').textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await settled(el as never);
    expect(hasState(el as never, 'loading')).to.equal(false);
  });

  it('says there are no users yet and offers to invite the first', async () => {
    const el = await mount(demoClient({ data: withoutBerlinUsers() }).client, {
      accountId: 'acc_northwind_berlin',
    });
    expect(hasState(el, 'empty')).to.equal(true);
    expect($(el, '[part=empty]').textContent).to.contain('No users yet — invite the first.');
    expect(button(el, 'New user')).to.be.instanceOf(HTMLElement);
  });

  it('offers a retry after a network failure, and recovers', async () => {
    let down = true;
    const { client } = demoClient({
      fail: (op) => (down && op === 'listUsers' ? new ProvisioningError('network', 'down') : undefined),
    });
    const el = await mount(client);
    expect(hasState(el, 'error')).to.equal(true);
    expect($(el, '[part~=error]').getAttribute('role')).to.equal('alert');
    down = false;
    $<HTMLButtonElement>(el, '[part=retry]').click();
    await waitUntil(() => names(el).length > 0);
    expect(hasState(el, 'error')).to.equal(false);
  });

  it('shows bad data from the API as a clear error without a pointless retry', async () => {
    const { client } = demoClient({
      fail: (op) => (op === 'listUsers' ? new ProvisioningError('invalid-response', 'bad') : undefined),
    });
    const el = await mount(client);
    expect($(el, '[part~=error]').textContent).to.contain('The service sent data that cannot be shown.');
    expect($(el, '[part=retry]')).to.equal(null);
  });

  it('tells a search without results apart from an empty account, and clears it', async () => {
    const el = await mount(demoClient().client);
    const input = $<HTMLInputElement>(el, '[part=search]');
    input.value = 'nobody-by-this-name';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => $(el, '[part=empty]'), 'no-match not shown', { timeout: 2000 });
    expect($(el, '[part=empty]').textContent).to.contain('No users match');
    expect(hasState(el, 'empty')).to.equal(false);
    button(el, 'Clear search and filters').click();
    await waitUntil(() => names(el).length === 18);
    expect(input.value).to.equal('');
  });

  it('reports a missing client instead of failing silently', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    const el = await fixture(html`<tk-user-manager locale="en"></tk-user-manager>`);
    expect(el.shadowRoot!.textContent).to.contain('No provisioning client');
  });
});
