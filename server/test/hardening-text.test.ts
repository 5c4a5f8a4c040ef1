import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { etagFor, NW_ADMIN, RESELLER, startTestServer, type Reply, type TestServer } from './helpers.js';

/**
 * The contract's text rule on every text field of every write route (issue 20): NUL and lone
 * surrogates are refused with a 422 naming the field, a leading BOM is removed before storing, so
 * what is read back equals what was accepted, and nothing else changes. Runs on PGlite and, under
 * scripts/with-postgres.sh, on PostgreSQL.
 */
let s: TestServer;
let reseller: string;
let nwAdmin: string;
let seq = 0;
after(() => s.close());

const unique = () => `h${++seq}`;
/** Puts `value` at dotted `path` of a copy of `body`. */
function place(body: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let node: any = copy;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys.at(-1)!] = value;
  return copy;
}
const at = (body: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<any>((node, key) => node?.[key], body);

interface WriteRoute {
  name: string;
  /** The text fields of the body, by dotted path. */
  fields: string[];
  /** A valid body; called afresh for each attempt (unique names and e-mails). */
  body: () => Promise<Record<string, unknown>>;
  send: (body: Record<string, unknown>) => Promise<Reply>;
}

const userBody = async () => ({
  name: `Text ${unique()}`,
  email: `${unique()}@text.example`,
  role: 'user',
  locale: 'de',
  permissions: ['account.login'],
});
const accountBody = async () => ({
  name: `Text Ltd ${unique()}`,
  productTypeId: 'pt_business',
  reference: `REF-${unique()}`,
  country: 'DE',
  notes: 'Notes',
  primaryAdmin: { name: 'Ada Admin', email: `${unique()}@text.example`, locale: 'en' },
});
const helpBody = async () => ({
  displayName: 'Acme Support',
  logoUrl: null,
  mode: 'popup',
  helpUrl: 'https://help.acme.example/',
  email: 'help@acme.example',
  phone: '+49 30 1234567',
  hours: { en: 'Mon–Fri 9–17', de: 'Mo–Fr 9–17' },
  message: 'Call us.',
  accentColor: '#1a73e8',
});

async function versionOf(path: string, token: string): Promise<string> {
  const r = await s.request('GET', path, { token });
  assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.body)}`);
  return etagFor(r.body.version as number);
}
const patchWith = (path: () => string, token: () => string) => async (body: Record<string, unknown>) =>
  s.request('PATCH', path(), {
    token: token(),
    body,
    headers: { 'If-Match': await versionOf(path(), token()) },
  });

let userId = '';
let rightId = '';
const ROUTES: WriteRoute[] = [
  {
    name: 'POST /accounts/{id}/users',
    fields: ['name', 'email', 'locale', 'permissions.0'],
    body: userBody,
    send: (body) => s.request('POST', '/api/accounts/acc_northwind/users', { token: nwAdmin, body }),
  },
  {
    name: 'PATCH /users/{id}',
    fields: ['name', 'email', 'locale', 'permissions.0'],
    body: async () => {
      const { role: _role, ...rest } = await userBody();
      return rest;
    },
    send: patchWith(
      () => `/api/users/${userId}`,
      () => nwAdmin,
    ),
  },
  {
    name: 'POST /accounts/{id}/children',
    fields: [
      'name',
      'productTypeId',
      'reference',
      'country',
      'notes',
      'primaryAdmin.name',
      'primaryAdmin.email',
      'primaryAdmin.locale',
    ],
    body: accountBody,
    send: (body) => s.request('POST', '/api/accounts/acc_acme/children', { token: reseller, body }),
  },
  {
    name: 'PATCH /accounts/{id}',
    fields: ['name', 'reference', 'notes', 'country'],
    body: async () => ({ name: `Northwind ${unique()}`, reference: 'NW', notes: 'n', country: 'DE' }),
    send: patchWith(
      () => '/api/accounts/acc_contoso',
      () => reseller,
    ),
  },
  {
    name: 'POST /accounts/{id}/access-rights',
    fields: ['productId', 'tierId'],
    body: async () => ({ productId: `ext_${unique()}`, tierId: 'tier_1', startsAt: '2026-12-01T00:00:00Z' }),
    send: (body) => s.request('POST', '/api/accounts/acc_northwind/access-rights', { token: nwAdmin, body }),
  },
  {
    name: 'PATCH /access-rights/{id}',
    fields: ['status', 'startsAt'],
    body: async () => ({ status: 'active', startsAt: '2026-12-02T00:00:00Z' }),
    send: patchWith(
      () => `/api/access-rights/${rightId}`,
      () => nwAdmin,
    ),
  },
  {
    name: 'PUT /accounts/{id}/help',
    fields: ['displayName', 'helpUrl', 'email', 'phone', 'hours.de', 'message', 'accentColor', 'mode'],
    body: helpBody,
    send: async (body) =>
      s.request('PUT', '/api/accounts/acc_acme/help', {
        token: reseller,
        body,
        headers: { 'If-Match': await versionOf('/api/accounts/acc_acme/help', reseller) },
      }),
  },
  {
    name: 'PATCH /resources/{id}',
    fields: ['label'],
    body: async () => ({ label: `SIM ${unique()}` }),
    send: patchWith(
      () => '/api/resources/res_dom_nw1',
      () => nwAdmin,
    ),
  },
  {
    name: 'POST /accounts/{id}/resources/move',
    fields: ['ids.0', 'to'],
    body: async () => ({ ids: ['res_dom_nw1'], to: 'acc_northwind' }),
    send: (body) => s.request('POST', '/api/accounts/acc_northwind/resources/move', { token: nwAdmin, body }),
  },
  {
    name: 'POST /accounts/{id}/imports',
    fields: [
      'rows.0.customer.name',
      'rows.0.customer.reference',
      'rows.0.customer.notes',
      'rows.0.user.name',
      'rows.0.user.email',
      'rows.0.user.customer',
      'plannedCustomers.0.name',
    ],
    body: async () => ({
      dryRun: true,
      rows: [
        {
          line: 2,
          customer: {
            name: `Import ${unique()}`,
            reference: 'R',
            productTypeId: 'pt_business',
            country: 'DE',
            notes: 'n',
          },
          user: { name: 'Imre Import', email: `${unique()}@text.example`, customer: 'Planned' },
        },
      ],
      plannedCustomers: [{ name: 'Planned' }],
    }),
    send: (body) => s.request('POST', '/api/accounts/acc_acme/imports', { token: reseller, body }),
  },
  {
    name: 'POST /auth/login',
    fields: ['email', 'password'],
    body: async () => ({ email: 'nobody@text.example', password: 'secret' }),
    send: (body) => s.request('POST', '/api/auth/login', { body }),
  },
  {
    name: 'POST /auth/password-links/{token}',
    fields: ['password'],
    body: async () => ({ password: 'a long enough password' }),
    send: (body) => s.request('POST', '/api/auth/password-links/no-such-token', { body }),
  },
];

before(async () => {
  s = await startTestServer();
  [reseller, nwAdmin] = [await s.login(RESELLER), await s.login(NW_ADMIN)];
  const user = await s.request('POST', '/api/accounts/acc_northwind/users', {
    token: nwAdmin,
    body: await userBody(),
  });
  userId = user.body.id;
  const right = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
    token: nwAdmin,
    body: { productId: 'ext_patch_me', startsAt: '2026-12-01T00:00:00Z' },
  });
  rightId = right.body.id;
  assert.ok(userId && rightId, JSON.stringify([user.body, right.body]));
});

const REFUSED = [
  ['NUL', 'a\u0000b'],
  ['a lone high surrogate', 'a\uD800b'],
  ['a lone low surrogate', '\uDC00'],
] as const;

describe('text rule: refused characters', () => {
  for (const route of ROUTES) {
    it(`${route.name}: NUL and lone surrogates are 422 naming the field, never a 500`, async () => {
      for (const field of route.fields) {
        for (const [what, bad] of REFUSED) {
          const r = await route.send(place(await route.body(), field, bad));
          assert.equal(r.status, 422, `${field} with ${what}: ${r.status} ${JSON.stringify(r.body)}`);
          assert.match(r.headers.get('Content-Type') ?? '', /application\/problem\+json/);
          assert.deepEqual(
            r.body.errors.map((e: { path: string }) => e.path),
            [field],
            `${field} with ${what}`,
          );
        }
      }
    });
  }

  it('object keys follow the rule too', async () => {
    const body = { ...(await helpBody()), hours: { en: 'x', ['d\u0000e']: 'y' } };
    const r = await s.request('PUT', '/api/accounts/acc_acme/help', {
      token: reseller,
      body,
      headers: { 'If-Match': await versionOf('/api/accounts/acc_acme/help', reseller) },
    });
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].path, 'hours.d\u0000e');
  });

  it('query parameters: 422 naming the parameter', async () => {
    for (const list of ['users', 'access-rights', 'children', 'resources', 'audit-events']) {
      const r = await s.request('GET', `/api/accounts/acc_northwind/${list}?q=a%00b`, { token: nwAdmin });
      assert.equal(r.status, 422, list);
      assert.equal(r.body.errors[0].path, 'q', list);
    }
  });

  it('ids in paths: a NUL or a lone surrogate names nothing (404, not 500)', async () => {
    for (const path of ['/api/users/a%00b', '/api/accounts/%00/users', '/api/resources/x%00']) {
      const r = await s.request('GET', path, { token: nwAdmin });
      assert.equal(r.status, 404, path);
    }
  });

  it('a body that is not UTF-8 is refused, not turned into U+FFFD', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"name":"a'),
      0xed,
      0xa0,
      0x80,
      ...new TextEncoder().encode('b","email":"x@text.example","role":"user"}'),
    ]);
    const response = await s.app.request('/api/accounts/acc_northwind/users', {
      method: 'POST',
      headers: { Authorization: `Bearer ${nwAdmin}`, 'Content-Type': 'application/json' },
      body: bytes,
    });
    assert.equal(response.status, 400);
  });
});

describe('text rule: a leading BOM is removed, nothing else changes', () => {
  it('what a user, an account and a resource read back is exactly what was accepted', async () => {
    const body = await userBody();
    const created = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: nwAdmin,
      body: { ...body, name: `\uFEFF${body.name}\uFEFF inner` },
    });
    assert.equal(created.status, 201);
    const read = await s.request('GET', `/api/users/${created.body.id}`, { token: nwAdmin });
    assert.equal(read.body.name, `${body.name}\uFEFF inner`, 'inner BOM kept, leading one removed');
    assert.equal(read.body.name, created.body.name);

    const account = await accountBody();
    const a = await s.request('POST', '/api/accounts/acc_acme/children', {
      token: reseller,
      body: { ...account, reference: '\uFEFF\uFEFFR-1', notes: '\uFEFF' },
    });
    assert.equal(a.status, 201, JSON.stringify(a.body));
    const readAccount = await s.request('GET', `/api/accounts/${a.body.id}`, { token: reseller });
    assert.equal(readAccount.body.reference, 'R-1');
    assert.equal(readAccount.body.notes, '');
    assert.deepEqual([a.body.reference, a.body.notes], ['R-1', '']);

    const label = await patchWith(
      () => '/api/resources/res_dom_nw2',
      () => nwAdmin,
    )({ label: '\uFEFFLabel ‮rtl‬ e\u0301' });
    assert.equal(label.status, 200, JSON.stringify(label.body));
    const readResource = await s.request('GET', '/api/resources/res_dom_nw2', { token: nwAdmin });
    assert.equal(readResource.body.label, 'Label ‮rtl‬ e\u0301', 'no other normalization');
  });

  it('an access right whose product id is only a BOM is refused; the table stays readable', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
      token: nwAdmin,
      body: { productId: '\uFEFF', startsAt: '2026-12-01T00:00:00Z' },
    });
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].path, 'productId');
    const withBom = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
      token: nwAdmin,
      body: { productId: '\uFEFFext_bom', startsAt: '2026-12-01T00:00:00Z' },
    });
    assert.equal(withBom.status, 201);
    assert.equal(withBom.body.productId, 'ext_bom');
    const list = await s.request('GET', '/api/accounts/acc_northwind/access-rights?limit=500', {
      token: nwAdmin,
    });
    const ids = list.body.items.map((x: { productId: string }) => x.productId);
    assert.ok(ids.includes('ext_bom'), 'the BOM-only right is listed');
    assert.ok(
      list.body.items.every((x: { productId: string }) => x.productId.length > 0),
      'no product id reads back empty',
    );
  });

  it('help texts in every language read back as accepted', async () => {
    const body = {
      ...(await helpBody()),
      hours: { en: '\uFEFF9–5', hu: '9–17' },
      message: '\uFEFFHi\nthere',
    };
    const put = await s.request('PUT', '/api/accounts/acc_acme/help', {
      token: reseller,
      body,
      headers: { 'If-Match': await versionOf('/api/accounts/acc_acme/help', reseller) },
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const read = await s.request('GET', '/api/accounts/acc_acme/help', { token: reseller });
    assert.deepEqual(read.body.hours, { en: '9–5', hu: '9–17' });
    assert.equal(read.body.message, 'Hi\nthere');
    assert.equal(at(put.body, 'message'), 'Hi\nthere');
  });
});
