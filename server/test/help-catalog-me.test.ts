import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { HelpSettings, Me, PermissionList, ProductTypeList } from '../../src/api/schemas/index.js';
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

const help = {
  displayName: 'Acme Help',
  logoUrl: 'https://acme.example/logo.svg',
  mode: 'link',
  helpUrl: 'https://help.acme.example/start',
  email: 'help@acme.example',
  phone: '+49 30 555',
  hours: '24/7',
  message: 'We are here.',
  accentColor: '#112233',
};

describe('GET /me', () => {
  it('returns the principal, acting for its own account by default', async () => {
    const r = await s.request('GET', '/api/me', { token: nwUser });
    assert.equal(r.status, 200);
    assert.ok(z.safeParse(Me, r.body).success, 'a Me');
    assert.equal(r.body.role, 'user');
    assert.equal(r.body.account.id, 'acc_northwind');
    assert.equal(r.body.actingFor.id, 'acc_northwind');
    assert.deepEqual(r.body.permissions, r.body.user.permissions);
  });

  it('acts for an account inside the scope only (X-Act-As-Account)', async () => {
    const acting = await s.request('GET', '/api/me', {
      token: reseller,
      headers: { 'X-Act-As-Account': 'acc_northwind_berlin' },
    });
    assert.equal(acting.body.account.id, 'acc_acme');
    assert.equal(acting.body.actingFor.id, 'acc_northwind_berlin');
    const outside = await s.request('GET', '/api/me', {
      token: nwAdmin,
      headers: { 'X-Act-As-Account': 'acc_contoso' },
    });
    assert.equal(outside.status, 404);
    const unknown = await s.request('GET', '/api/me', {
      token: nwAdmin,
      headers: { 'X-Act-As-Account': 'acc_nope' },
    });
    assert.deepEqual(unknown.body, outside.body);
  });

  it('keeps the whole scope while acting for an account (issue 14: the header is for the audit trail)', async () => {
    const headers = { 'X-Act-As-Account': 'acc_northwind' };
    assert.equal(
      (await s.request('GET', '/api/accounts/acc_northwind_berlin', { token: reseller, headers })).status,
      200,
    );
    assert.equal(
      (await s.request('GET', '/api/accounts/acc_contoso', { token: reseller, headers })).status,
      200,
    );
  });
});

describe('catalogs', () => {
  it('GET /permissions returns the grouped catalog of seed 002', async () => {
    const r = await s.request('GET', '/api/permissions', { token: nwUser });
    assert.equal(r.status, 200);
    assert.ok(z.safeParse(PermissionList, r.body).success, 'a PermissionList');
    assert.equal(r.body.items.length, 7);
    assert.deepEqual([...new Set(r.body.items.map((p: { group: { en: string } }) => p.group.en))].sort(), [
      'Account',
      'Billing',
      'Domains',
      'Services',
      'Support',
    ]);
  });

  it('GET /permissions answers the catalog as stored: every text in en, de, fr and hu (issue 13)', async () => {
    const r = await s.request('GET', '/api/permissions', {
      token: nwUser,
      headers: { 'Accept-Language': 'de' },
    });
    const login = r.body.items.find((p: { id: string }) => p.id === 'account.login');
    assert.deepEqual(login.label, {
      en: 'Simple login',
      de: 'Einfache Anmeldung',
      fr: 'Connexion simple',
      hu: 'Egyszerű bejelentkezés',
    });
    for (const item of r.body.items)
      for (const field of ['group', 'label', 'description'])
        assert.deepEqual(Object.keys(item[field]).sort(), ['de', 'en', 'fr', 'hu'], `${item.id}.${field}`);
  });

  it("GET /permissions?lang= resolves the texts to one language, with the elements' fallback", async () => {
    const de = await s.request('GET', '/api/permissions?lang=de-AT', { token: nwUser });
    assert.ok(z.safeParse(PermissionList, de.body).success, 'a German PermissionList');
    const login = de.body.items.find((p: { id: string }) => p.id === 'account.login');
    assert.deepEqual(
      { group: login.group, label: login.label },
      { group: 'Konto', label: 'Einfache Anmeldung' },
    );
    const unknown = await s.request('GET', '/api/permissions?lang=sv', { token: nwUser });
    assert.equal(
      unknown.body.items.find((p: { id: string }) => p.id === 'account.login').label,
      'Simple login',
    );
  });

  it('keeps plain-string texts of a reseller catalog as they are', async () => {
    await s.db.query(
      `INSERT INTO permissions (id, position, group_name, label, description)
       VALUES ('x.plain', 99, '"Extra"', '"Plain label"', '""')`,
    );
    try {
      const r = await s.request('GET', '/api/permissions', { token: nwUser });
      assert.ok(z.safeParse(PermissionList, r.body).success, 'a PermissionList');
      const plain = r.body.items.find((p: { id: string }) => p.id === 'x.plain');
      assert.deepEqual(plain, { id: 'x.plain', group: 'Extra', label: 'Plain label', description: '' });
      const de = await s.request('GET', '/api/permissions?lang=de', { token: nwUser });
      assert.equal(de.body.items.find((p: { id: string }) => p.id === 'x.plain').label, 'Plain label');
    } finally {
      await s.db.query("DELETE FROM permissions WHERE id = 'x.plain'");
    }
  });

  it('GET /product-types includes trial and locked types', async () => {
    const r = await s.request('GET', '/api/product-types', { token: nwUser });
    assert.ok(z.safeParse(ProductTypeList, r.body).success, 'a ProductTypeList');
    assert.ok(
      r.body.items.some((p: { lockedOnceAssigned: boolean }) => p.lockedOnceAssigned),
      'a product type locked once assigned',
    );
    assert.ok(
      r.body.items.some((p: { trialAvailable: boolean }) => p.trialAvailable),
      'a product type with a trial',
    );
    assert.ok(
      r.body.items.some((p: { trialAvailable: boolean }) => !p.trialAvailable),
      'a product type without a trial',
    );
  });

  it('need a signed-in principal', async () => {
    assert.equal((await s.request('GET', '/api/permissions')).status, 401);
    assert.equal((await s.request('GET', '/api/product-types')).status, 401);
  });
});

describe('help settings', () => {
  it('resolve from the nearest reseller for every account below it', async () => {
    for (const id of ['acc_acme', 'acc_northwind', 'acc_northwind_berlin']) {
      const r = await s.request('GET', `/api/accounts/${id}/help`, { token: reseller });
      assert.equal(r.status, 200);
      assert.ok(z.safeParse(HelpSettings, r.body).success, 'HelpSettings');
      assert.equal(r.body.ownerAccountId, 'acc_acme');
      assert.equal(r.headers.get('etag'), `"${r.body.version}"`);
    }
    assert.equal(
      (await s.request('GET', '/api/accounts/acc_northwind_berlin/help', { token: nwUser })).status,
      200,
    );
  });

  it('are changed by reseller admins only, with If-Match', async () => {
    assert.equal(
      (
        await s.request('PUT', '/api/accounts/acc_northwind/help', {
          token: nwAdmin,
          body: help,
          headers: { 'If-Match': '"1"' },
        })
      ).status,
      403,
    );
    assert.equal(
      (await s.request('PUT', '/api/accounts/acc_acme/help', { token: reseller, body: help })).status,
      428,
    );
    assert.equal(
      (
        await s.request('PUT', '/api/accounts/acc_acme/help', {
          token: reseller,
          body: help,
          headers: { 'If-Match': '"9"' },
        })
      ).status,
      412,
    );
    const ok = await s.request('PUT', '/api/accounts/acc_acme/help', {
      token: reseller,
      body: help,
      headers: { 'If-Match': '"1"' },
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.version, 2);
    assert.equal(ok.body.mode, 'link');
    const seen = await s.request('GET', '/api/accounts/acc_northwind/help', { token: nwUser });
    assert.equal(seen.body.helpUrl, help.helpUrl);
  });

  it('validate the body (link mode needs a URL; only http(s) URLs)', async () => {
    const r = await s.request('PUT', '/api/accounts/acc_acme/help', {
      token: reseller,
      body: { ...help, helpUrl: null, logoUrl: 'javascript:alert(1)', ownerAccountId: 'acc_x' },
      headers: { 'If-Match': '"2"' },
    });
    assert.equal(r.status, 422);
    assert.deepEqual(r.body.errors.map((e: { path: string }) => e.path).sort(), [
      'helpUrl',
      'logoUrl',
      'ownerAccountId',
    ]);
  });

  it('are created without If-Match when none exist', async () => {
    await s.db.query('DELETE FROM help_settings');
    assert.equal((await s.request('GET', '/api/accounts/acc_northwind/help', { token: nwUser })).status, 404);
    const created = await s.request('PUT', '/api/accounts/acc_acme/help', { token: reseller, body: help });
    assert.equal(created.status, 201);
    assert.equal(created.body.version, 1);
  });
});
