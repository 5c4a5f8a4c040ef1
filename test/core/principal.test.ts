import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ProvisioningClient } from '../../src/api/client.js';
import { ProvisioningError } from '../../src/api/errors.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';
import { principalOf } from '../../src/core/principal.js';

/** A memory client that counts `me()` calls and can fail the first ones. */
function countingClient(failures = 0) {
  const inner = createMemoryClient(createDemoData(), { principal: 'usr_nw_admin' });
  let calls = 0;
  const client: ProvisioningClient = {
    ...inner,
    me: (options) => {
      calls++;
      return calls <= failures ? Promise.reject(new ProvisioningError('network', 'down')) : inner.me(options);
    },
  };
  return { client, calls: () => calls };
}

describe('the signed-in principal', () => {
  it('is fetched once per client, however many elements show it', async () => {
    const { client, calls } = countingClient();
    const root = await fixture(
      html`<tk-provider .client=${client}>
        <tk-user-manager></tk-user-manager>
        <tk-access-rights-table></tk-access-rights-table>
        <tk-user-manager></tk-user-manager>
      </tk-provider>`,
    );
    const rows = (tag: string) => root.querySelector(tag)!.shadowRoot!.querySelectorAll('[part~=row]').length;
    await waitUntil(() => rows('tk-user-manager') > 0 && rows('tk-access-rights-table') > 0, 'both listed');
    expect(calls()).to.equal(1);
  });

  it('is asked for again after a failure, so a retry can succeed', async () => {
    const { client, calls } = countingClient(1);
    await principalOf(client).catch(() => undefined);
    const me = await principalOf(client);
    expect(me.user.id).to.equal('usr_nw_admin');
    expect(calls()).to.equal(2);
  });
});
