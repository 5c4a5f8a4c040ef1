import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { User, UserPage } from '../../src/api/schemas/index.js';
import { NW_ADMIN, NW_USER, RESELLER, startTestServer, type TestServer } from './helpers.js';

let s: TestServer;
let reseller: string;
let nwAdmin: string;
let nwUser: string;
before(async () => {
  s = await startTestServer();
  [reseller, nwAdmin, nwUser] = [await s.login(RESELLER), await s.login(NW_ADMIN), await s.login(NW_USER)];
});
after(() => s.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((u) => u.id);

describe('GET /accounts/{id}/users', () => {
  it('lists users of the account only, valid against the schema', async () => {
    const r = await s.request('GET', '/api/accounts/acc_northwind/users', { token: nwUser });
    assert.equal(r.status, 200);
    assert.ok(z.safeParse(UserPage, r.body).success, 'a UserPage');
    assert.ok(
      r.body.items.every((u: { accountId: string }) => u.accountId === 'acc_northwind'),
      'only users of acc_northwind',
    );
    assert.equal(r.body.total, 18);
  });

  it('reports the total on every page, past the end included', async () => {
    const page = async (query: string) =>
      (await s.request('GET', `/api/accounts/acc_northwind/users?${query}`, { token: nwUser })).body;
    const all = await page('limit=500');
    const n = all.total as number;
    assert.equal(all.items.length, n);
    for (const [query, length] of [
      [`limit=${n}`, n],
      [`offset=${n - 1}`, 1],
      ['offset=1000', 0],
      ['limit=1', 1],
    ] as const) {
      const r = await page(query);
      assert.equal(r.items.length, length, query);
      assert.equal(r.total, n, query);
    }
  });

  it('searches name, e-mail and login case-insensitively', async () => {
    const byEmail = await s.request('GET', '/api/accounts/acc_northwind/users?q=USER@NORTH', {
      token: nwUser,
    });
    assert.deepEqual(ids(byEmail.body), ['usr_nw_user']);
    const byName = await s.request('GET', '/api/accounts/acc_northwind/users?q=nora', { token: nwUser });
    assert.deepEqual(ids(byName.body), ['usr_nw_admin']);
    const wildcard = await s.request('GET', '/api/accounts/acc_northwind/users?q=%25', { token: nwUser });
    assert.equal(wildcard.body.total, 0);
  });

  it('filters by role and status, sorts and pages', async () => {
    const admins = await s.request('GET', '/api/accounts/acc_northwind/users?role=admin&limit=500', {
      token: nwUser,
    });
    assert.ok(
      admins.body.items.every((u: { role: string }) => u.role === 'admin'),
      'only admins',
    );
    const invited = await s.request('GET', '/api/accounts/acc_northwind/users?status=invited', {
      token: nwUser,
    });
    assert.ok(invited.body.total > 0, 'invited users exist');
    assert.ok(
      invited.body.items.every((u: { status: string }) => u.status === 'invited'),
      'only invited users',
    );
    const sorted = await s.request('GET', '/api/accounts/acc_northwind/users?sort=-email&limit=5&offset=2', {
      token: nwUser,
    });
    const emails = sorted.body.items.map((u: { email: string }) => u.email);
    assert.deepEqual(emails, [...emails].sort().reverse());
    assert.equal(sorted.body.items.length, 5);
    const bad = await s.request('GET', '/api/accounts/acc_northwind/users?role=owner&offset=-1', {
      token: nwUser,
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), ['offset', 'role']);
  });
});

describe('POST /accounts/{id}/users', () => {
  it('reports bad fields with the contract codes forms translate', async () => {
    const body = { name: ' ', email: 'not-an-address', role: 'user', password: 'x' };
    const r = await s.request('POST', '/api/accounts/acc_northwind/users', { token: nwAdmin, body });
    assert.equal(r.status, 422);
    const codes = Object.fromEntries(
      r.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
    );
    assert.deepEqual(codes, { name: 'required', email: 'email', password: 'unknown-field' });
  });

  it('creates an invited user with a generated, unique login', async () => {
    const body = {
      name: 'Zoë Ångström-Nagy',
      email: 'zoe@northwind.example',
      role: 'user',
      permissions: ['domains.view'],
    };
    const r = await s.request('POST', '/api/accounts/acc_northwind/users', { token: nwAdmin, body });
    assert.equal(r.status, 201);
    assert.ok(z.safeParse(User, r.body).success, 'a User');
    assert.equal(r.body.login, 'zoe.angstrom.nagy');
    assert.equal(r.body.status, 'invited');
    assert.deepEqual(r.body.permissions, ['domains.view']);
    assert.equal(r.headers.get('etag'), `"${r.body.version}"`);
    const twin = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: nwAdmin,
      body: { ...body, email: 'zoe2@northwind.example' },
    });
    assert.equal(twin.body.login, 'zoe.angstrom.nagy2');
  });

  it('keeps e-mails unique across all users (409 on email)', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind_berlin/users', {
      token: nwAdmin,
      body: { name: 'Someone', email: 'Admin@Contoso.example', role: 'user' },
    });
    assert.equal(r.status, 409);
    assert.equal(r.body.errors[0].path, 'email');
  });

  it('rejects unknown permissions and fields the server owns', async () => {
    const perm = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: nwAdmin,
      body: { name: 'P', email: 'p@northwind.example', role: 'user', permissions: ['account.login', 'root'] },
    });
    assert.equal(perm.status, 422);
    assert.equal(perm.body.errors[0].path, 'permissions.1');
    const owned = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: nwAdmin,
      body: {
        name: 'P',
        email: 'p@northwind.example',
        role: 'user',
        login: 'root',
        accountId: 'acc_acme',
        status: 'active',
      },
    });
    assert.equal(owned.status, 422);
    assert.deepEqual(owned.body.errors.map((e: { path: string }) => e.path).sort(), [
      'accountId',
      'login',
      'status',
    ]);
  });

  it('is for admins only', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: nwUser,
      body: { name: 'P', email: 'p@northwind.example', role: 'user' },
    });
    assert.equal(r.status, 403);
  });
});

describe('GET/PATCH/DELETE /users/{id}', () => {
  it('reads one user with its ETag', async () => {
    const r = await s.request('GET', '/api/users/usr_nw_user', { token: nwUser });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('etag'), `"${r.body.version}"`);
  });

  it('updates with If-Match, checks e-mail uniqueness, 412 on stale', async () => {
    const current = await s.request('GET', '/api/users/usr_nw_001', { token: nwAdmin });
    const etag = current.headers.get('etag')!;
    assert.equal(
      (await s.request('PATCH', '/api/users/usr_nw_001', { token: nwAdmin, body: { locale: 'hu' } })).status,
      428,
    );
    const taken = await s.request('PATCH', '/api/users/usr_nw_001', {
      token: nwAdmin,
      body: { email: NW_USER },
      headers: { 'If-Match': etag },
    });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.errors[0].path, 'email');
    const ok = await s.request('PATCH', '/api/users/usr_nw_001', {
      token: nwAdmin,
      body: {
        locale: 'hu',
        role: 'admin',
        notifications: { billing: true, general: false, product: false, domain: true, support: true },
      },
      headers: { 'If-Match': etag },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.locale, 'hu');
    assert.equal(ok.body.version, current.body.version + 1);
    assert.equal(ok.body.login, current.body.login);
    const stale = await s.request('PATCH', '/api/users/usr_nw_001', {
      token: nwAdmin,
      body: { locale: 'fr' },
      headers: { 'If-Match': etag },
    });
    assert.equal(stale.status, 412);
  });

  it('disables a user, which ends their sessions; an invited user cannot be made active', async () => {
    const target = await s.request('GET', '/api/users/usr_nw_user', { token: nwAdmin });
    const r = await s.request('PATCH', '/api/users/usr_nw_user', {
      token: nwAdmin,
      body: { status: 'disabled' },
      headers: { 'If-Match': target.headers.get('etag')! },
    });
    assert.equal(r.body.status, 'disabled');
    assert.equal((await s.request('GET', '/api/me', { token: nwUser })).status, 401);
    const invited = await s.request('GET', '/api/users/usr_berlin_admin', { token: nwAdmin });
    const activate = await s.request('PATCH', '/api/users/usr_berlin_admin', {
      token: nwAdmin,
      body: { status: 'active' },
      headers: { 'If-Match': invited.headers.get('etag')! },
    });
    assert.equal(activate.status, 409);
    assert.equal(activate.body.errors[0].path, 'status');
  });

  it('does not let an admin disable or delete themselves', async () => {
    const me = await s.request('GET', '/api/users/usr_nw_admin', { token: nwAdmin });
    const headers = { 'If-Match': me.headers.get('etag')! };
    assert.equal(
      (
        await s.request('PATCH', '/api/users/usr_nw_admin', {
          token: nwAdmin,
          body: { status: 'disabled' },
          headers,
        })
      ).status,
      409,
    );
    assert.equal(
      (await s.request('DELETE', '/api/users/usr_nw_admin', { token: nwAdmin, headers })).status,
      409,
    );
  });

  it('keeps at least one administrator per account', async () => {
    const headersOf = async (id: string) => ({
      'If-Match': (await s.request('GET', `/api/users/${id}`, { token: reseller })).headers.get('etag')!,
    });
    // Contoso: demote every admin but its main one, then the main one is the last.
    const admins = await s.request('GET', '/api/accounts/acc_contoso/users?role=admin&limit=500', {
      token: reseller,
    });
    for (const admin of admins.body.items.filter((u: { id: string }) => u.id !== 'usr_contoso_admin'))
      await s.request('PATCH', `/api/users/${admin.id}`, {
        token: reseller,
        body: { role: 'user' },
        headers: await headersOf(admin.id),
      });
    for (const body of [{ role: 'user' }, { status: 'disabled' }]) {
      const r = await s.request('PATCH', '/api/users/usr_contoso_admin', {
        token: reseller,
        body,
        headers: await headersOf('usr_contoso_admin'),
      });
      assert.equal(r.status, 409, JSON.stringify(body));
    }
    const del = await s.request('DELETE', '/api/users/usr_contoso_admin', {
      token: reseller,
      headers: await headersOf('usr_contoso_admin'),
    });
    assert.equal(del.status, 409);
  });

  it('deletes with If-Match', async () => {
    const target = await s.request('GET', '/api/users/usr_nw_002', { token: nwAdmin });
    assert.equal((await s.request('DELETE', '/api/users/usr_nw_002', { token: nwAdmin })).status, 428);
    assert.equal(
      (
        await s.request('DELETE', '/api/users/usr_nw_002', {
          token: nwAdmin,
          headers: { 'If-Match': '"77"' },
        })
      ).status,
      412,
    );
    const r = await s.request('DELETE', '/api/users/usr_nw_002', {
      token: nwAdmin,
      headers: { 'If-Match': target.headers.get('etag')! },
    });
    assert.equal(r.status, 204);
    assert.equal((await s.request('GET', '/api/users/usr_nw_002', { token: nwAdmin })).status, 404);
  });

  it('lets normal users read but not write', async () => {
    const user = await s.login('admin@contoso.example');
    const reader = await s.request('GET', '/api/users/usr_ct_002', { token: user });
    assert.equal(reader.status, 200);
    const [normal] = await s.db.query<{ email: string }>(
      "SELECT email FROM users WHERE account_id = 'acc_contoso' AND role = 'user' AND status = 'active' LIMIT 1",
    );
    const token = await s.login(normal!.email);
    const headers = { 'If-Match': reader.headers.get('etag')! };
    assert.equal(
      (await s.request('PATCH', '/api/users/usr_ct_002', { token, body: { locale: 'fr' }, headers })).status,
      403,
    );
    assert.equal((await s.request('DELETE', '/api/users/usr_ct_002', { token, headers })).status, 403);
    assert.equal((await s.request('GET', '/api/users/usr_ct_002', { token })).status, 200);
    assert.equal((await s.request('GET', '/api/users/usr_nw_001', { token: reseller })).status, 200);
  });
});

describe('issue 13: enabling and logins', () => {
  const patch = async (id: string, body: object) => {
    const current = await s.request('GET', `/api/users/${id}`, { token: nwAdmin });
    return s.request('PATCH', `/api/users/${id}`, {
      token: nwAdmin,
      body,
      headers: { 'If-Match': current.headers.get('etag')! },
    });
  };

  it('enabling an invited user who was disabled restores "invited", an active one "active"', async () => {
    const created = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: nwAdmin,
      body: { name: 'Ines Invited', email: 'ines.invited@northwind.example', role: 'user' },
    });
    assert.equal(created.body.status, 'invited');
    assert.equal((await patch(created.body.id, { status: 'disabled' })).body.status, 'disabled');
    const enabled = await patch(created.body.id, { status: 'active' });
    assert.equal(enabled.status, 200);
    assert.equal(enabled.body.status, 'invited');
    assert.equal((await patch('usr_nw_user', { status: 'disabled' })).body.status, 'disabled');
    assert.equal((await patch('usr_nw_user', { status: 'active' })).body.status, 'active');
  });

  it('gives a name of only symbols a login from the e-mail address, not "user"', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: nwAdmin,
      body: { name: '★ ★ ★', email: 'Star.Gazer@northwind.example', role: 'user' },
    });
    assert.equal(r.status, 201);
    assert.equal(r.body.login, 'star.gazer');
  });
});
