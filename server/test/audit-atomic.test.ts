import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Queryable } from '../db/db.js';
import { NW_ADMIN, RESELLER, startTestServer, type TestServer } from './helpers.js';

/**
 * A change and its audit event are one transaction (issue 20): when the database fails after the
 * change, while the event is written, neither the change nor the event remains, for access rights
 * (create, update, delete) and help settings as for users.
 */
let s: TestServer;
let reseller: string;
let nwAdmin: string;
let failing = false;
before(async () => {
  s = await startTestServer();
  [reseller, nwAdmin] = [await s.login(RESELLER), await s.login(NW_ADMIN)];
  // While `failing`, every INSERT of an audit event fails, inside a transaction or outside one.
  const guard =
    (query: Queryable['query']): Queryable['query'] =>
    (sql, params) =>
      failing && /INSERT INTO audit_events/.test(sql)
        ? Promise.reject(new Error('connection lost'))
        : query(sql, params);
  const { query, transaction } = s.db;
  s.db.query = guard(query.bind(s.db));
  s.db.transaction = <T>(fn: (tx: Queryable) => Promise<T>) =>
    transaction.call(s.db, (tx) => fn({ query: guard(tx.query.bind(tx)) })) as Promise<T>;
});
after(() => s.close());

const count = async (sql: string, params: unknown[] = []) =>
  (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

/** Runs `send` with the audit insert failing; the request fails with a 5xx. */
async function withAuditFailing(send: () => Promise<{ status: number }>): Promise<void> {
  const events = await count('audit_events');
  failing = true;
  try {
    const reply = await send();
    assert.ok(reply.status >= 500, `the write failed (${reply.status})`);
  } finally {
    failing = false;
  }
  assert.equal(await count('audit_events'), events, 'no audit event');
}

const newRight = async (productId: string) => {
  const r = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
    token: nwAdmin,
    body: { productId, startsAt: '2026-11-01T00:00:00Z', endsAt: null },
  });
  assert.equal(r.status, 201);
  return r.body as { id: string; version: number };
};
const versionOf = async (table: string, where: string, id: string) =>
  (await s.db.query<{ version: number }>(`SELECT version FROM ${table} WHERE ${where} = $1`, [id]))[0]
    ?.version;

describe('a failure after the change, while its audit event is written', () => {
  it('creating an access right leaves no right', async () => {
    await withAuditFailing(() =>
      s.request('POST', '/api/accounts/acc_northwind/access-rights', {
        token: nwAdmin,
        body: { productId: 'atomic-create', startsAt: '2026-11-01T00:00:00Z', endsAt: null },
      }),
    );
    assert.equal(await count('access_rights WHERE product_id = $1', ['atomic-create']), 0);
  });

  it('changing an access right keeps its old version', async () => {
    const right = await newRight('atomic-update');
    await withAuditFailing(() =>
      s.request('PATCH', `/api/access-rights/${right.id}`, {
        token: nwAdmin,
        body: { status: 'deactivated' },
        headers: { 'If-Match': `"${right.version}"` },
      }),
    );
    assert.equal(await versionOf('access_rights', 'id', right.id), right.version);
  });

  it('deleting an access right keeps it', async () => {
    const right = await newRight('atomic-delete');
    await withAuditFailing(() =>
      s.request('DELETE', `/api/access-rights/${right.id}`, {
        token: nwAdmin,
        headers: { 'If-Match': `"${right.version}"` },
      }),
    );
    assert.equal(await versionOf('access_rights', 'id', right.id), right.version);
  });

  it('saving help settings keeps the old settings', async () => {
    const before = await s.request('GET', '/api/accounts/acc_acme/help', { token: reseller });
    const { version, ownerAccountId, ownerName, ...settings } = before.body;
    void ownerAccountId;
    void ownerName;
    await withAuditFailing(() =>
      s.request('PUT', '/api/accounts/acc_acme/help', {
        token: reseller,
        body: { ...settings, displayName: 'Atomic Help' },
        headers: { 'If-Match': `"${version}"` },
      }),
    );
    assert.equal(await versionOf('help_settings', 'account_id', 'acc_acme'), version);
  });

  it('creating a user leaves no user', async () => {
    await withAuditFailing(() =>
      s.request('POST', '/api/accounts/acc_northwind/users', {
        token: nwAdmin,
        body: { name: 'Atomic User', email: 'atomic@atomic.example', role: 'user' },
      }),
    );
    assert.equal(await count('users WHERE email = $1', ['atomic@atomic.example']), 0);
  });

  it('and once the database is back, the same writes succeed with their events', async () => {
    const right = await newRight('atomic-after');
    assert.equal(await count(`audit_events WHERE target_id = $1`, [right.id]), 1);
  });
});
