import { expect } from '@open-wc/testing';
import { isProvisioningError } from '../../src/api/errors.js';
import { serverApi, signIn } from '../reference-server.js';

/**
 * Issue 20, the contract under the two-people matrix (conflicts.test.ts) on the reference server:
 * for the user, account, access right, resource and help settings, an update naming a version that
 * is not the current one is a 412 and one naming none a 428, both problem+json, and neither
 * changes anything. Then two signed-in clients edit one (new) user for real: the second gets the 412.
 */
const RESELLER = 'reseller@acme.example';

async function token(email: string): Promise<string> {
  const response = await fetch(`${serverApi}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'tenantkit-demo' }),
  });
  expect(response.status, 'signed in').to.equal(200);
  return ((await response.json()) as { token: string }).token;
}

interface Updatable {
  entity: string;
  /** The record's path, found through the API. */
  path(get: (path: string) => Promise<{ body: unknown; etag: string | null }>): Promise<string>;
  method: 'PATCH' | 'PUT';
  /** A valid body for it (built from what was read). */
  body(read: Record<string, unknown>): unknown;
}

const UPDATABLES: Updatable[] = [
  { entity: 'user', path: async () => '/users/usr_nw_user', method: 'PATCH', body: () => ({ locale: 'de' }) },
  {
    entity: 'account',
    path: async () => '/accounts/acc_northwind',
    method: 'PATCH',
    body: () => ({ notes: 'stale write' }),
  },
  {
    entity: 'access right',
    async path(get) {
      const { body } = await get('/accounts/acc_northwind/access-rights?manual=true&limit=1');
      return `/access-rights/${(body as { items: { id: string }[] }).items[0]!.id}`;
    },
    method: 'PATCH',
    body: () => ({ status: 'active' }),
  },
  {
    entity: 'resource',
    async path(get) {
      const { body } = await get('/accounts/acc_acme/resources?limit=1');
      return `/resources/${(body as { items: { id: string }[] }).items[0]!.id}`;
    },
    method: 'PATCH',
    body: () => ({ label: 'stale write' }),
  },
  {
    entity: 'help settings',
    path: async () => '/accounts/acc_acme/help',
    method: 'PUT',
    body: (read) => {
      const { version: _version, ownerAccountId: _owner, ownerName: _name, ...rest } = read;
      return rest;
    },
  },
];

(serverApi ? describe : describe.skip)('conflicts on the reference server', function () {
  this.timeout(30_000);
  let bearer: string;
  before(async () => {
    bearer = await token(RESELLER);
  });
  const get = async (path: string) => {
    const response = await fetch(serverApi + path, { headers: { Authorization: `Bearer ${bearer}` } });
    expect(response.status, `GET ${path}`).to.equal(200);
    return { body: (await response.json()) as unknown, etag: response.headers.get('ETag') };
  };

  for (const u of UPDATABLES) {
    it(`${u.entity}: 412 for a stale If-Match, 428 without one, nothing changed`, async () => {
      const path = await u.path(get);
      const before = await get(path);
      expect(before.etag, 'an ETag to send back').to.match(/^"\d+"$/);
      const send = (ifMatch: string | undefined) =>
        fetch(serverApi + path, {
          method: u.method,
          headers: {
            Authorization: `Bearer ${bearer}`,
            'Content-Type': 'application/json',
            ...(ifMatch ? { 'If-Match': ifMatch } : {}),
          },
          body: JSON.stringify(u.body(before.body as Record<string, unknown>)),
        });
      const stale = await send(`"${Number(before.etag!.replaceAll('"', '')) + 1000}"`);
      expect(stale.status).to.equal(412);
      expect(stale.headers.get('Content-Type')).to.contain('application/problem+json');
      const missing = await send(undefined);
      expect(missing.status).to.equal(428);
      expect(missing.headers.get('Content-Type')).to.contain('application/problem+json');
      const after = await get(path);
      expect(after.etag, 'the version is unchanged').to.equal(before.etag);
      expect(after.body).to.deep.equal(before.body);
    });
  }

  it('two clients edit the same user: the second save is a 412 and the first one stays', async () => {
    const reseller = await signIn(RESELLER);
    const admin = await signIn('admin@northwind.example');
    const created = await reseller.createUser('acc_northwind', {
      name: 'Two Editors',
      email: `two.editors.${Date.now()}@northwind.example`,
      role: 'user',
      permissions: [],
    });
    try {
      const mine = await reseller.getUser(created.id);
      const theirs = await admin.getUser(created.id);
      await admin.updateUser(theirs, { name: 'Saved First' });
      const error = await reseller.updateUser(mine, { name: 'Saved Second' }).catch((e: unknown) => e);
      expect(isProvisioningError(error) && error.kind).to.equal('precondition-failed');
      expect((await reseller.getUser(created.id)).name, 'nothing silently overwritten').to.equal(
        'Saved First',
      );
    } finally {
      await reseller.deleteUser(await reseller.getUser(created.id));
    }
  });
});
