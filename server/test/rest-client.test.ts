import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProvisioningClient } from '../../src/api/client.js';
import { ProvisioningError } from '../../src/api/errors.js';
import { createRestClient } from '../../src/api/rest.js';
import { NW_ADMIN, RESELLER, startTestServer, type TestServer } from './helpers.js';

/**
 * The library's own REST client against this server: every response passes the client's schema
 * parsing, so the server speaks the contract the elements rely on.
 */
let s: TestServer;
const clientFor = (token: string): ProvisioningClient =>
  createRestClient({
    baseUrl: 'http://tenantkit.test/api',
    getToken: () => token,
    retry: 0,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
      s.app.fetch(new Request(input, init))) as typeof fetch,
  });

before(async () => {
  s = await startTestServer();
});
after(() => s.close());

describe('the REST client of the library against the server', () => {
  it('walks every operation as a reseller administrator', async () => {
    const client = clientFor(await s.login(RESELLER));
    const me = await client.me({ actingFor: 'acc_northwind' });
    assert.equal(me.actingFor.id, 'acc_northwind');
    assert.equal((await client.listProductTypes()).length, 5);
    assert.equal((await client.listPermissions()).length, 7);

    const account = await client.getAccount('acc_northwind');
    const updated = await client.updateAccount(account, { notes: 'via client' });
    assert.equal(updated.version, account.version + 1);
    const children = await client.listChildAccounts('acc_acme', { q: 'north', sort: '-name', limit: 10 });
    assert.deepEqual(
      children.items.map((a) => a.id),
      ['acc_northwind'],
    );
    const child = await client.createChildAccount('acc_northwind', {
      name: 'Northwind Paris',
      productTypeId: 'pt_starter',
      country: 'FR',
      primaryAdmin: { name: 'Paul Paris', email: 'paul@paris.example' },
    });
    assert.equal(child.kind, 'sub-account');

    const users = await client.listUsers('acc_northwind', { status: 'invited', sort: 'name' });
    assert.ok(users.total > 0, 'users are listed');
    const user = await client.createUser('acc_northwind', {
      name: 'Clara Client',
      email: 'clara@northwind.example',
      role: 'user',
    });
    const link = await client.sendPasswordLink(user.id);
    assert.ok(Date.parse(link.expiresAt) > Date.parse(link.sentAt), 'the link expires after it was sent');
    const fresh = await client.getUser(user.id);
    const changed = await client.updateUser(fresh, { locale: 'fr' });
    await client.deleteUser(changed);

    const rights = await client.listAccessRights('acc_northwind', { manual: true, validOn: '2026-10-15' });
    assert.ok(
      rights.items.every((r) => r.manual),
      'only manual rights',
    );
    const right = await client.createAccessRight('acc_northwind', {
      productId: 'prod_sim',
      startsAt: '2026-11-01T00:00:00Z',
    });
    const right2 = await client.updateAccessRight(right, { endsAt: '2027-11-01T00:00:00Z' });
    await client.deleteAccessRight(right2);

    const help = await client.getHelpSettings('acc_northwind_berlin');
    const saved = await client.putHelpSettings('acc_acme', { ...help, hours: 'Always' });
    assert.equal(saved.hours, 'Always');
  });

  it('turns the server problems into the client error kinds', async () => {
    const client = clientFor(await s.login(NW_ADMIN));
    const kindOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (error: unknown) => (error instanceof ProvisioningError ? error.kind : String(error)),
      );
    assert.equal(await kindOf(client.getAccount('acc_contoso')), 'not-found');
    const account = await client.getAccount('acc_northwind');
    assert.equal(
      await kindOf(client.updateAccount({ ...account, version: 0 }, { notes: 'x' })),
      'precondition-failed',
    );
    assert.equal(
      await kindOf(
        client.putHelpSettings('acc_northwind', { ...(await client.getHelpSettings('acc_northwind')) }),
      ),
      'forbidden',
    );
    const taken = await client
      .createUser('acc_northwind', { name: 'Dup', email: 'user@northwind.example', role: 'user' })
      .then(() => assert.fail('a taken e-mail must be refused'))
      .catch((error: ProvisioningError) => error);
    assert.equal(taken.kind, 'conflict');
    assert.deepEqual(
      taken.fieldErrors.map((f) => f.path),
      ['email'],
    );
    assert.equal(await kindOf(clientFor('forged').me()), 'unauthorized');
  });
});
