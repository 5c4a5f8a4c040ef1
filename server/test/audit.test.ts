import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { AuditEventPage } from '../../src/api/schemas/index.js';
import { NW_ADMIN, NW_USER, RESELLER, startTestServer, type TestServer } from './helpers.js';

/** Issue 14: "work as" never narrows the scope; every write leaves an audit event. */
let s: TestServer;
let reseller: string;
let nwAdmin: string;
let nwUser: string;
before(async () => {
  s = await startTestServer();
  [reseller, nwAdmin, nwUser] = [await s.login(RESELLER), await s.login(NW_ADMIN), await s.login(NW_USER)];
});
after(() => s.close());

const asNorthwind = { 'X-Act-As-Account': 'acc_northwind' };
const events = async (accountId: string, query = '', token = reseller) =>
  s.request('GET', `/api/accounts/${accountId}/audit-events${query}`, { token });

describe('X-Act-As-Account', () => {
  it('does not narrow the scope: a reseller working as a customer saves its own help settings', async () => {
    const current = await s.request('GET', '/api/accounts/acc_acme/help', { token: reseller });
    const { ownerAccountId: _owner, ownerName: _name, version: _v, ...settings } = current.body;
    const r = await s.request('PUT', '/api/accounts/acc_acme/help', {
      token: reseller,
      body: { ...settings, phone: '+49 30 7654321' },
      headers: { ...asNorthwind, 'If-Match': current.headers.get('etag')! },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const siblings = await s.request('GET', '/api/accounts/acc_contoso', {
      token: reseller,
      headers: asNorthwind,
    });
    assert.equal(siblings.status, 200);
    const [event] = (await events('acc_acme')).body.items;
    assert.deepEqual(
      {
        action: event.action,
        actingFor: event.actingForAccountId,
        actor: event.actorUserId,
        target: event.targetId,
      },
      { action: 'help.update', actingFor: 'acc_northwind', actor: 'usr_acme_admin', target: 'acc_acme' },
    );
    assert.ok(event.fields.includes('phone'), 'the event names the phone field');
  });

  it('naming an account outside the scope is answered 404, like an unknown one', async () => {
    for (const id of ['acc_nope', 'acc_contoso'])
      assert.equal(
        (await s.request('GET', '/api/me', { token: nwAdmin, headers: { 'X-Act-As-Account': id } })).status,
        404,
      );
  });
});

describe('every write appends an audit event', () => {
  let userId = '';

  it('records who, as which account, what, on which target and the field names — never values', async () => {
    const created = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: reseller,
      headers: asNorthwind,
      body: { name: 'Audit Person', email: 'audit.person@northwind.example', role: 'user' },
    });
    assert.equal(created.status, 201);
    userId = created.body.id;
    const page = await events('acc_northwind');
    assert.equal(page.status, 200);
    assert.ok(z.safeParse(AuditEventPage, page.body).success, 'an AuditEventPage');
    const [event] = page.body.items;
    assert.equal(event.action, 'user.create');
    assert.equal(event.actorUserId, 'usr_acme_admin');
    assert.equal(event.actorUserName, 'Rita Reseller');
    assert.equal(event.actorAccountId, 'acc_acme');
    assert.equal(event.actingForAccountId, 'acc_northwind');
    assert.equal(event.accountId, 'acc_northwind');
    assert.deepEqual([event.targetType, event.targetId], ['user', userId]);
    assert.deepEqual(event.fields.sort(), ['email', 'name', 'role']);
    assert.ok(
      !JSON.stringify(page.body).includes('audit.person@northwind.example'),
      'the audit page leaks no e-mail address',
    );
  });

  it('covers update, password link, delete, access rights and the account itself', async () => {
    const user = await s.request('GET', `/api/users/${userId}`, { token: nwAdmin });
    const updated = await s.request('PATCH', `/api/users/${userId}`, {
      token: nwAdmin,
      body: { name: 'Audit Person II' },
      headers: { 'If-Match': user.headers.get('etag')! },
    });
    assert.equal(updated.status, 200);
    assert.equal(
      (await s.request('POST', `/api/users/${userId}/password-link`, { token: nwAdmin })).status,
      201,
    );
    const latest = await s.request('GET', `/api/users/${userId}`, { token: nwAdmin });
    const deleted = await s.request('DELETE', `/api/users/${userId}`, {
      token: nwAdmin,
      headers: { 'If-Match': latest.headers.get('etag')! },
    });
    assert.equal(deleted.status, 204);
    const right = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
      token: nwAdmin,
      body: { productId: 'prod_mail', startsAt: '2026-11-01T00:00:00Z' },
    });
    assert.equal(right.status, 201, JSON.stringify(right.body));
    const account = await s.request('GET', '/api/accounts/acc_northwind_berlin', { token: reseller });
    const suspended = await s.request('PATCH', '/api/accounts/acc_northwind_berlin', {
      token: reseller,
      body: { status: 'suspended' },
      headers: { 'If-Match': account.headers.get('etag')! },
    });
    assert.equal(suspended.status, 200);
    const page = await events('acc_northwind', '?include=descendants', nwAdmin);
    const actions = page.body.items.map((e: { action: string }) => e.action);
    // Newest first.
    assert.deepEqual(actions.slice(0, 5), [
      'account.suspend',
      'access-right.create',
      'user.delete',
      'user.password-link',
      'user.update',
    ]);
    const link = page.body.items[3];
    assert.deepEqual(link.fields, []);
    assert.equal(link.actingForAccountId, 'acc_northwind');
    assert.equal(page.body.items[0].accountId, 'acc_northwind_berlin');
    // Without include=descendants: the account's own events only.
    const own = await events('acc_northwind', '', nwAdmin);
    assert.ok(
      own.body.items.every((e: { accountId: string }) => e.accountId === 'acc_northwind'),
      'only events of acc_northwind',
    );
  });

  it('records an account created with its primary admin, settings by name', async () => {
    const r = await s.request('POST', '/api/accounts/acc_acme/children', {
      token: reseller,
      body: {
        name: 'Audited Voice',
        productTypeId: 'pt_voice',
        country: 'FR',
        settings: { pbxHost: 'pbx.audited.example' },
        primaryAdmin: { name: 'Ana Audit', email: 'ana@audited.example' },
      },
    });
    assert.equal(r.status, 201);
    const page = await events(r.body.id);
    assert.deepEqual(
      page.body.items.map((e: { action: string }) => e.action),
      ['user.create', 'account.create'],
    );
    assert.deepEqual(page.body.items[1].fields.sort(), [
      'country',
      'name',
      'primaryAdmin.email',
      'primaryAdmin.name',
      'productTypeId',
      'settings.pbxHost',
    ]);
    assert.equal(page.body.items[1].actingForAccountId, 'acc_acme');
  });
});

describe('GET /accounts/{id}/audit-events', () => {
  it('pages newest first', async () => {
    const first = await events('acc_northwind', '?include=descendants&limit=2', nwAdmin);
    const second = await events('acc_northwind', '?include=descendants&limit=2&offset=2', nwAdmin);
    assert.equal(first.body.items.length, 2);
    assert.equal(first.body.total, second.body.total);
    assert.ok(first.body.total >= 6, 'at least 6 events');
    const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) => Number(e.id.slice(4)));
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );
    const past = await events('acc_northwind', '?offset=999', nwAdmin);
    assert.deepEqual(past.body.items, []);
    assert.ok(past.body.total > 0, 'the total still counts past the last page');
    const filtered = await events('acc_northwind', '?action=user.delete', nwAdmin);
    assert.ok(
      filtered.body.items.every((e: { action: string }) => e.action === 'user.delete'),
      'only user.delete events',
    );
  });

  it('is for admins, inside the scope only', async () => {
    assert.equal((await events('acc_northwind', '', nwUser)).status, 403);
    assert.equal((await events('acc_acme', '', nwAdmin)).status, 404);
    assert.equal((await events('acc_contoso', '', nwAdmin)).status, 404);
    assert.equal((await events('acc_nope', '', reseller)).status, 404);
    assert.equal((await events('acc_northwind', '?limit=0', reseller)).status, 422);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await s.request('GET', '/api/openapi.json');
    const op = doc.body.paths['/accounts/{id}/audit-events'].get;
    assert.ok(op.responses['200'], 'the audit operation documents a 200');
    assert.ok(
      op.parameters.some((p: { name: string }) => p.name === 'include'),
      'the audit operation documents include',
    );
    assert.ok(doc.body.components.schemas.AuditEventPage, 'AuditEventPage is in the OpenAPI components');
    const children = doc.body.paths['/accounts/{id}/children'].get;
    assert.ok(
      children.parameters.some((p: { name: string }) => p.name === 'include'),
      'the children audit operation documents include',
    );
  });
});

describe('a customer admin (isolation)', () => {
  it("cannot see the reseller's other customers, by id, by search or by work-as", async () => {
    assert.equal((await s.request('GET', '/api/accounts/acc_contoso', { token: nwAdmin })).status, 404);
    assert.equal((await s.request('GET', '/api/accounts/acc_acme/children', { token: nwAdmin })).status, 404);
    const search = await s.request(
      'GET',
      '/api/accounts/acc_northwind/children?include=descendants&q=contoso',
      {
        token: nwAdmin,
      },
    );
    assert.equal(search.body.total, 0);
    const actAs = await s.request('GET', '/api/accounts/acc_contoso/users', {
      token: nwAdmin,
      headers: { 'X-Act-As-Account': 'acc_contoso' },
    });
    assert.equal(actAs.status, 404);
  });
});
