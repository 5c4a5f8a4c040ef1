import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NW_ADMIN, NW_USER, RESELLER, startTestServer, type TestServer } from './helpers.js';

/**
 * Tenant isolation: every demo principal, on every endpoint that takes an id, with ids outside its
 * scope, is answered 404 (existence never leaks), and the database is unchanged afterwards.
 */
let s: TestServer;
const tokens: Record<string, string> = {};

/** A second reseller tree nobody of Acme may see. */
async function addForeignReseller(s: TestServer) {
  const at = '2026-10-01T00:00:00Z';
  await s.db.query(
    `INSERT INTO accounts (id, parent_id, kind, name, country, status, created_at, updated_at, version) VALUES
       ('acc_globex', NULL, 'reseller', 'Globex', 'US', 'active', $1, $1, 1),
       ('acc_globex_cust', 'acc_globex', 'customer', 'Initech', 'US', 'active', $1, $1, 1)`,
    [at],
  );
  await s.db.query(
    `INSERT INTO users (id, account_id, name, email, login, role, permissions, notifications, status, created_at, updated_at, version)
     VALUES ('usr_globex', 'acc_globex_cust', 'Peter Gibbons', 'peter@initech.example', 'peter.gibbons', 'admin', '[]',
       '{"billing":false,"general":false,"product":false,"domain":false,"support":false}', 'active', $1, $1, 1)`,
    [at],
  );
  await s.db.query(
    `INSERT INTO access_rights (id, account_id, product_id, platform_product_id, product_name, starts_at, status, manual,
       created_at, updated_at, version)
     VALUES ('ar_globex', 'acc_globex_cust', 'prod_mail', 'prod_mail', 'Business Mail', $1, 'active', true, $1, $1, 1)`,
    [at],
  );
  await s.db.query(
    `INSERT INTO help_settings (account_id, display_name, mode, version) VALUES ('acc_globex', 'Globex help', 'popup', 1)`,
  );
}

/** Everything a request could change, as one fingerprint. */
async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const table of ['accounts', 'users', 'access_rights', 'help_settings', 'outbox']) {
    const [row] = await s.db.query<{ digest: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
    );
    parts.push(`${table}:${row!.digest}`);
  }
  return parts.join(' ');
}

const help = {
  displayName: 'Hijacked',
  logoUrl: null,
  mode: 'popup',
  helpUrl: null,
  email: null,
  phone: null,
  hours: null,
  message: null,
  accentColor: null,
};
const child = {
  name: 'Intruder Ltd',
  productTypeId: 'pt_starter',
  country: 'DE',
  primaryAdmin: { name: 'I N', email: 'i@intruder.example' },
};
const ifMatch = { 'If-Match': '"1"' };

/** Every endpoint that names an account, user or access right. */
const ENDPOINTS: Array<{
  method: string;
  path: (ids: Foreign) => string;
  body?: unknown;
  headers?: Record<string, string>;
}> = [
  { method: 'GET', path: (f) => `/api/accounts/${f.account}` },
  { method: 'PATCH', path: (f) => `/api/accounts/${f.account}`, body: { notes: 'x' }, headers: ifMatch },
  { method: 'GET', path: (f) => `/api/accounts/${f.account}/children` },
  { method: 'POST', path: (f) => `/api/accounts/${f.account}/children`, body: child },
  { method: 'GET', path: (f) => `/api/accounts/${f.account}/users?q=a` },
  {
    method: 'POST',
    path: (f) => `/api/accounts/${f.account}/users`,
    body: { name: 'Mallory', email: 'mallory@x.example', role: 'admin' },
  },
  { method: 'GET', path: (f) => `/api/accounts/${f.account}/access-rights` },
  {
    method: 'POST',
    path: (f) => `/api/accounts/${f.account}/access-rights`,
    body: { productId: 'prod_mail', startsAt: '2026-11-01T00:00:00Z' },
  },
  { method: 'GET', path: (f) => `/api/accounts/${f.account}/help` },
  { method: 'PUT', path: (f) => `/api/accounts/${f.account}/help`, body: help, headers: ifMatch },
  { method: 'GET', path: (f) => `/api/users/${f.user}` },
  { method: 'PATCH', path: (f) => `/api/users/${f.user}`, body: { role: 'user' }, headers: ifMatch },
  { method: 'DELETE', path: (f) => `/api/users/${f.user}`, headers: ifMatch },
  { method: 'POST', path: (f) => `/api/users/${f.user}/password-link` },
  { method: 'GET', path: (f) => `/api/access-rights/${f.right}` },
  {
    method: 'PATCH',
    path: (f) => `/api/access-rights/${f.right}`,
    body: { status: 'deactivated' },
    headers: ifMatch,
  },
  { method: 'DELETE', path: (f) => `/api/access-rights/${f.right}`, headers: ifMatch },
  { method: 'GET', path: () => '/api/me', headers: { 'X-Act-As-Account': 'FOREIGN_ACCOUNT' } },
];

type Foreign = { account: string; user: string; right: string };

/** Ids outside each principal's scope: another reseller's, a sibling customer's, an ancestor's. */
const OUTSIDE: Record<string, Foreign[]> = {
  [RESELLER]: [
    { account: 'acc_globex', user: 'usr_globex', right: 'ar_globex' },
    { account: 'acc_globex_cust', user: 'usr_globex', right: 'ar_globex' },
  ],
  [NW_ADMIN]: [
    { account: 'acc_contoso', user: 'usr_contoso_admin', right: 'ar_ctm001' },
    { account: 'acc_acme', user: 'usr_acme_admin', right: 'set in before()' },
    { account: 'acc_globex_cust', user: 'usr_globex', right: 'ar_globex' },
  ],
  [NW_USER]: [
    { account: 'acc_contoso', user: 'usr_contoso_admin', right: 'ar_ctm001' },
    { account: 'acc_acme', user: 'usr_acme_admin', right: 'set in before()' },
  ],
};

before(async () => {
  s = await startTestServer();
  await addForeignReseller(s);
  const [demoRight] = await s.db.query<{ id: string }>(
    "SELECT id FROM access_rights WHERE account_id = 'acc_acme_demo' LIMIT 1",
  );
  for (const foreign of Object.values(OUTSIDE).flat())
    if (foreign.account === 'acc_acme') foreign.right = demoRight!.id;
  for (const email of [RESELLER, NW_ADMIN, NW_USER]) tokens[email] = await s.login(email);
});
after(() => s.close());

describe('tenant isolation', () => {
  it('the foreign ids exist', async () => {
    for (const foreign of Object.values(OUTSIDE).flat()) {
      assert.equal((await s.db.query('SELECT 1 FROM accounts WHERE id = $1', [foreign.account])).length, 1);
      assert.equal((await s.db.query('SELECT 1 FROM users WHERE id = $1', [foreign.user])).length, 1);
      assert.equal(
        (await s.db.query('SELECT 1 FROM access_rights WHERE id = $1', [foreign.right])).length,
        1,
      );
    }
  });

  for (const [principal, foreignIds] of Object.entries(OUTSIDE))
    it(`${principal}: every endpoint × every foreign id → 404, nothing changed`, async () => {
      const before = await fingerprint();
      for (const foreign of foreignIds)
        for (const endpoint of ENDPOINTS) {
          const headers = Object.fromEntries(
            Object.entries(endpoint.headers ?? {}).map(([k, v]) => [
              k,
              v.replace('FOREIGN_ACCOUNT', foreign.account),
            ]),
          );
          const path = endpoint.path(foreign);
          const reply = await s.request(endpoint.method, path, {
            token: tokens[principal],
            body: endpoint.body,
            headers,
          });
          assert.equal(
            reply.status,
            404,
            `${endpoint.method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`,
          );
          assert.equal(reply.headers.get('content-type'), 'application/problem+json');
          assert.ok(!JSON.stringify(reply.body).includes(foreign.account), 'the problem names no foreign id');
        }
      assert.equal(await fingerprint(), before);
    });

  it('an unknown id and a foreign id are answered alike', async () => {
    const foreign = await s.request('GET', '/api/users/usr_globex', { token: tokens[NW_ADMIN] });
    const unknown = await s.request('GET', '/api/users/usr_nobody', { token: tokens[NW_ADMIN] });
    assert.deepEqual(foreign.body, unknown.body);
  });

  it('a normal user is refused writes inside the scope, and nothing changes', async () => {
    const before = await fingerprint();
    const own = { account: 'acc_northwind', user: 'usr_nw_001', right: 'ar_nwm001' };
    for (const endpoint of ENDPOINTS.filter((e) => e.method !== 'GET')) {
      const path = endpoint.path(own);
      const reply = await s.request(endpoint.method, path, {
        token: tokens[NW_USER],
        body: endpoint.body,
        headers: endpoint.headers,
      });
      assert.equal(reply.status, 403, `${endpoint.method} ${path} → ${reply.status}`);
    }
    assert.equal(await fingerprint(), before);
  });
});
