import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Account, AccountPage } from '../../src/api/schemas/index.js';
import * as z from 'zod/mini';
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

const newCustomer = (over: Record<string, unknown> = {}) => ({
  name: 'Fabrikam GmbH',
  productTypeId: 'pt_starter',
  country: 'DE',
  primaryAdmin: { name: 'Anna Schmidt', email: 'anna@fabrikam.example', locale: 'de' },
  ...over,
});

describe('GET /accounts/{id}', () => {
  it('returns the account with its ETag', async () => {
    const r = await s.request('GET', '/api/accounts/acc_northwind', { token: nwUser });
    assert.equal(r.status, 200);
    assert.ok(z.safeParse(Account, r.body).success);
    assert.equal(r.headers.get('etag'), `"${r.body.version}"`);
  });
  it('answers 404 for unknown ids', async () => {
    const r = await s.request('GET', '/api/accounts/acc_nope', { token: reseller });
    assert.equal(r.status, 404);
    assert.equal(r.body.status, 404);
  });
});

describe('PATCH /accounts/{id}', () => {
  it('needs If-Match (428), a current one (412), and bumps the version', async () => {
    const current = await s.request('GET', '/api/accounts/acc_northwind', { token: nwAdmin });
    const body = { notes: 'Updated notes' };
    assert.equal(
      (await s.request('PATCH', '/api/accounts/acc_northwind', { token: nwAdmin, body })).status,
      428,
    );
    const stale = await s.request('PATCH', '/api/accounts/acc_northwind', {
      token: nwAdmin,
      body,
      headers: { 'If-Match': '"999"' },
    });
    assert.equal(stale.status, 412);
    const ok = await s.request('PATCH', '/api/accounts/acc_northwind', {
      token: nwAdmin,
      body,
      headers: { 'If-Match': current.headers.get('etag')! },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.notes, 'Updated notes');
    assert.equal(ok.body.version, current.body.version + 1);
    assert.equal(ok.headers.get('etag'), `"${ok.body.version}"`);
    const again = await s.request('PATCH', '/api/accounts/acc_northwind', {
      token: nwAdmin,
      body,
      headers: { 'If-Match': current.headers.get('etag')! },
    });
    assert.equal(again.status, 412);
  });

  it('rejects unknown and server-owned fields with dotted paths', async () => {
    const r = await s.request('PATCH', '/api/accounts/acc_northwind', {
      token: nwAdmin,
      body: { id: 'x', kind: 'reseller', country: 'germany' },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(r.status, 422);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(r.body.errors.map((e: { path: string }) => e.path).sort(), ['country', 'id', 'kind']);
  });

  it('keeps a locked product type once assigned (409 on productTypeId)', async () => {
    const r = await s.request('PATCH', '/api/accounts/acc_contoso', {
      token: reseller,
      body: { productTypeId: 'pt_business' },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(r.status, 409);
    assert.equal(r.body.errors[0].path, 'productTypeId');
  });

  it('changes an unlocked product type, rejects an unknown one', async () => {
    const unknown = await s.request('PATCH', '/api/accounts/acc_hu_kft', {
      token: reseller,
      body: { productTypeId: 'pt_nope' },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.errors[0].path, 'productTypeId');
    const ok = await s.request('PATCH', '/api/accounts/acc_hu_kft', {
      token: reseller,
      body: { productTypeId: 'pt_starter', trial: true },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.productTypeId, 'pt_starter');
    assert.equal(ok.body.trial.endsAt, '2026-11-15T00:00:00.000Z');
  });

  it('refuses a trial the product type does not offer (422 on trial)', async () => {
    const r = await s.request('PATCH', '/api/accounts/acc_contoso', {
      token: reseller,
      body: { trial: true },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].path, 'trial');
  });

  it('keeps names unique among siblings (409 on name)', async () => {
    const r = await s.request('PATCH', '/api/accounts/acc_contoso', {
      token: reseller,
      body: { name: 'northwind traders' },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(r.status, 409);
    assert.equal(r.body.errors[0].path, 'name');
  });

  it('leaves the commercial fields of an own account to the account above', async () => {
    const current = await s.request('GET', '/api/accounts/acc_northwind', { token: nwAdmin });
    const headers = { 'If-Match': current.headers.get('etag')! };
    for (const body of [
      { internal: true },
      { status: 'active' },
      { productTypeId: 'pt_starter' },
      { trial: false },
    ]) {
      const r = await s.request('PATCH', '/api/accounts/acc_northwind', { token: nwAdmin, body, headers });
      assert.equal(r.status, 403, JSON.stringify(body));
    }
    const below = await s.request('GET', '/api/accounts/acc_northwind_berlin', { token: nwAdmin });
    const ok = await s.request('PATCH', '/api/accounts/acc_northwind_berlin', {
      token: nwAdmin,
      body: { trial: false },
      headers: { 'If-Match': below.headers.get('etag')! },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.trial, null);
  });

  it('is for admins only', async () => {
    const r = await s.request('PATCH', '/api/accounts/acc_northwind', {
      token: nwUser,
      body: { notes: 'x' },
      headers: { 'If-Match': '"2"' },
    });
    assert.equal(r.status, 403);
  });
});

describe('GET /accounts/{id}/children', () => {
  it('lists, searches, filters, sorts and pages', async () => {
    const all = await s.request('GET', '/api/accounts/acc_acme/children', { token: reseller });
    assert.equal(all.status, 200);
    assert.ok(z.safeParse(AccountPage, all.body).success);
    assert.equal(all.body.total, 4);
    const names = all.body.items.map((a: { name: string }) => a.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    const q = await s.request('GET', '/api/accounts/acc_acme/children?q=NW-47', { token: reseller });
    assert.deepEqual(
      q.body.items.map((a: { id: string }) => a.id),
      ['acc_northwind'],
    );
    const suspended = await s.request('GET', '/api/accounts/acc_acme/children?status=suspended', {
      token: reseller,
    });
    assert.deepEqual(
      suspended.body.items.map((a: { id: string }) => a.id),
      ['acc_hu_kft'],
    );
    const paged = await s.request('GET', '/api/accounts/acc_acme/children?sort=-name&limit=1&offset=1', {
      token: reseller,
    });
    assert.equal(paged.body.items.length, 1);
    assert.equal(paged.body.total, 4);
    const bad = await s.request('GET', '/api/accounts/acc_acme/children?sort=secret&limit=501', {
      token: reseller,
    });
    assert.equal(bad.status, 422);
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['limit'],
    );
    const badSort = await s.request('GET', '/api/accounts/acc_acme/children?sort=secret', {
      token: reseller,
    });
    assert.equal(badSort.body.errors[0].path, 'sort');
  });
});

describe('POST /accounts/{id}/children', () => {
  it('creates a customer under a reseller with an invited primary admin', async () => {
    const r = await s.request('POST', '/api/accounts/acc_acme/children', {
      token: reseller,
      body: newCustomer({ trial: true, reference: 'FAB-1' }),
    });
    assert.equal(r.status, 201);
    assert.equal(r.body.kind, 'customer');
    assert.equal(r.body.parentId, 'acc_acme');
    assert.equal(r.body.trial.endsAt, '2026-11-15T00:00:00.000Z');
    assert.match(r.body.id, /^acc_/);
    const users = await s.request('GET', `/api/accounts/${r.body.id}/users`, { token: reseller });
    assert.equal(users.body.total, 1);
    const admin = users.body.items[0];
    assert.equal(admin.role, 'admin');
    assert.equal(admin.status, 'invited');
    assert.equal(admin.login, 'anna.schmidt');
    assert.ok(admin.passwordLink);
    const mail = await s.lastMailTo('anna@fabrikam.example');
    assert.match(mail.subject, /account/i);
    assert.ok(mail.token);
  });

  it('creates a sub-account under a customer', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind/children', {
      token: nwAdmin,
      body: newCustomer({
        name: 'Northwind Munich',
        primaryAdmin: { name: 'Anna Schmidt', email: 'anna@munich.example' },
      }),
    });
    assert.equal(r.status, 201);
    assert.equal(r.body.kind, 'sub-account');
    const users = await s.request('GET', `/api/accounts/${r.body.id}/users`, { token: nwAdmin });
    assert.equal(users.body.items[0].login, 'anna.schmidt2');
  });

  it('reports taken names and e-mails on their fields, and creates nothing', async () => {
    const before = await s.db.query('SELECT id FROM accounts');
    const name = await s.request('POST', '/api/accounts/acc_acme/children', {
      token: reseller,
      body: newCustomer({ primaryAdmin: { name: 'X Y', email: 'new@x.example' } }),
    });
    assert.equal(name.status, 409);
    assert.equal(name.body.errors[0].path, 'name');
    const email = await s.request('POST', '/api/accounts/acc_acme/children', {
      token: reseller,
      body: newCustomer({ name: 'Other', primaryAdmin: { name: 'X Y', email: 'ADMIN@northwind.example' } }),
    });
    assert.equal(email.status, 409);
    assert.equal(email.body.errors[0].path, 'primaryAdmin.email');
    assert.equal((await s.db.query('SELECT id FROM accounts')).length, before.length);
  });

  it('validates the body, the product type and the trial', async () => {
    const invalid = await s.request('POST', '/api/accounts/acc_acme/children', {
      token: reseller,
      body: {
        name: '',
        productTypeId: 'pt_starter',
        country: 'de',
        primaryAdmin: { name: 'A', email: 'nope' },
        manual: true,
      },
    });
    assert.equal(invalid.status, 422);
    assert.deepEqual(invalid.body.errors.map((e: { path: string }) => e.path).sort(), [
      'country',
      'manual',
      'name',
      'primaryAdmin.email',
    ]);
    const noTrial = await s.request('POST', '/api/accounts/acc_acme/children', {
      token: reseller,
      body: newCustomer({ name: 'Trial Co', productTypeId: 'pt_enterprise', trial: true }),
    });
    assert.equal(noTrial.status, 422);
    assert.equal(noTrial.body.errors[0].path, 'trial');
  });

  it('is for admins only', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind/children', {
      token: nwUser,
      body: newCustomer(),
    });
    assert.equal(r.status, 403);
  });
});
