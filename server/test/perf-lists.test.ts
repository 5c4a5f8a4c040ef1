import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { AccessRightPage, UserPage } from '../../src/api/schemas/index.js';
import { COUNT_BOUND, SEARCH_COUNT_BOUND } from '../../src/api/memory/count-bound.js';
import { createApp, createDeps } from '../app.js';
import type { Db } from '../db/db.js';
import { orderBy } from '../http/list-query.js';
import { SORTABLE as RIGHT_ORDERS } from '../routes/access-rights.js';
import { SORTABLE as USER_ORDERS } from '../routes/users.js';
import { NW_USER, RESELLER, startTestServer, type TestServer } from './helpers.js';

/** Issue 21: bounded counts, an index for every list order, scope answers cached per instance. */
let s: TestServer;
let nwUser: string;
const MANY = 1200;
before(async () => {
  s = await startTestServer();
  nwUser = await s.login(NW_USER);
  // Northwind grows by 1,200 users ("Many 0001" …) and 1,200 rights, past every bound.
  await s.db.query(
    `INSERT INTO users (id, account_id, name, email, login, role, permissions, notifications, status,
       created_at, updated_at, version)
     SELECT 'usr_many_' || i, 'acc_northwind', 'Many ' || lpad(i::text, 4, '0'), 'many' || i || '@nw.example',
       'many' || i, 'user', '[]', notifications, 'invited', created_at, updated_at, 1
     FROM generate_series(1, ${MANY}) i, (SELECT notifications, created_at, updated_at FROM users LIMIT 1) u`,
  );
  await s.db.query(
    `INSERT INTO access_rights (id, account_id, product_id, platform_product_id, product_name, starts_at, status,
       manual, created_at, updated_at, version)
     SELECT 'ar_many_' || lpad(i::text, 4, '0'), 'acc_northwind', 'prod_many', 'prod_many', 'Many', now(), 'active',
       false, now(), now(), 1
     FROM generate_series(1, ${MANY}) i`,
  );
  await s.db.exec('VACUUM (ANALYZE)');
});
after(() => s.close());

const get = async (path: string, token = nwUser) => {
  const r = await s.request('GET', path, { token });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body as { items: { id: string }[]; total: number; totalExact?: boolean };
};

describe('bounded counts', () => {
  it('counts a long list up to the bound and says "more than" beyond it', async () => {
    const users = await get('/api/accounts/acc_northwind/users?limit=50');
    assert.ok(z.safeParse(UserPage, users).success, 'a UserPage');
    assert.deepEqual([users.items.length, users.total, users.totalExact], [50, COUNT_BOUND, false]);
    const rights = await get('/api/accounts/acc_northwind/access-rights?limit=50');
    assert.ok(z.safeParse(AccessRightPage, rights).success, 'an AccessRightPage');
    assert.deepEqual([rights.total, rights.totalExact], [COUNT_BOUND, false]);
  });

  it('reports one "more than N" per block of pages, a next page after every full one, exact at the end', async () => {
    const at = async (offset: number) => {
      const page = await get(`/api/accounts/acc_northwind/users?limit=50&offset=${offset}`);
      return [page.items.length, page.total, page.totalExact];
    };
    assert.deepEqual(await at(COUNT_BOUND - 100), [50, COUNT_BOUND, false]);
    // The last page of a block counts the next block, so the pager always offers the next page.
    assert.deepEqual(await at(COUNT_BOUND - 50), [50, 2 * COUNT_BOUND, false]);
    const all = MANY + 18;
    assert.deepEqual(await at(all - 10), [10, all, undefined]);
    assert.deepEqual(await at(all + 100), [0, all, undefined]);
  });

  it('counts a search less far, and exactly when it stays under the bound', async () => {
    const few = await get('/api/accounts/acc_northwind/users?q=many%2000&limit=50');
    assert.deepEqual([few.total, few.totalExact], [99, undefined]);
    const many = await get('/api/accounts/acc_northwind/users?q=many&limit=50');
    assert.deepEqual([many.items.length, many.total, many.totalExact], [50, SEARCH_COUNT_BOUND, false]);
  });

  it('keeps short lists exact', async () => {
    const acme = await get('/api/accounts/acc_acme/users', await s.login(RESELLER));
    assert.equal(acme.totalExact, undefined);
    assert.equal(acme.total, acme.items.length);
  });
});

describe('list orders', () => {
  /** The plan of a page and of its bounded count, with sorting and sequential scans priced out. */
  async function plans(table: string, order: string, where = 'account_id = $1'): Promise<string[]> {
    return s.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_sort = off');
      await tx.query('SET LOCAL enable_seqscan = off');
      await tx.query('SET LOCAL enable_bitmapscan = off');
      const explain = async (sql: string) =>
        (await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, ['acc_northwind']))
          .map((r) => r['QUERY PLAN'])
          .join('\n');
      return [
        await explain(`SELECT * FROM ${table} WHERE ${where} ${order} LIMIT 50`),
        await explain(`SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE ${where} ${order} LIMIT 501) b`),
      ];
    });
  }

  for (const [table, orders] of [
    ['users', USER_ORDERS],
    ['access_rights', RIGHT_ORDERS],
  ] as const)
    for (const field of Object.keys(orders))
      for (const sort of [field, `-${field}`])
        it(`${table} by ${sort}: an index gives the order, no sort`, async () => {
          for (const plan of await plans(table, orderBy(sort, orders, field))) {
            assert.match(plan, /Index (Only )?Scan/, plan);
            assert.doesNotMatch(plan, /\bSort\b/, plan);
          }
        });

  it("a search's trigram index looks at the account's own rows only", async () => {
    const plan = await s.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      await tx.query('SET LOCAL enable_indexscan = off');
      const rows = await tx.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM users WHERE account_id = $1 AND search_text LIKE '%nora%'`,
        ['acc_northwind'],
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    assert.match(plan, /Bitmap Index Scan on users_search[^\n]*\n\s+Index Cond: \(\(account_id = /, plan);
  });

  it('a search page and its count walk the name index; the count reads the index only', async () => {
    const [page, count] = await plans(
      'users',
      orderBy('name', USER_ORDERS, 'name'),
      `account_id = $1 AND search_text LIKE '%many%'`,
    );
    assert.match(page!, /Index Scan using users_account_name_key/, page);
    assert.match(count!, /Index Only Scan using users_account_name_key/, count);
  });
});

describe('scope answers cached per instance', () => {
  /** A second instance on the same database: its own app, its own cache, counting its queries. */
  function instance(): {
    request: (path: string, token: string) => Promise<Response>;
    queries: () => number;
  } {
    let queries = 0;
    const db: Db = {
      ...s.db,
      query: (sql, params) => {
        queries++;
        return s.db.query(sql, params);
      },
    };
    const app = createApp(createDeps({ db, config: s.deps.config, now: s.deps.now }));
    return {
      request: (path, token) =>
        Promise.resolve(app.request(path, { headers: { Authorization: `Bearer ${token}` } })),
      queries: () => queries,
    };
  }

  it('answers a repeated scope check from the cache, and sees every change another instance makes', async () => {
    const reseller = await s.login(RESELLER);
    const a = instance();
    const b = instance();
    const path = '/api/accounts/acc_northwind';
    assert.equal((await a.request(path, reseller)).status, 200);
    const first = a.queries();
    assert.equal((await a.request(path, reseller)).status, 200);
    assert.equal(a.queries() - first, 1, 'the second request runs only the session lookup');

    // Not there yet: 404, and that answer is remembered too.
    assert.equal((await a.request('/api/accounts/acc_later', reseller)).status, 404);
    // Instance b (here: its own statements) adds the account and renames Northwind.
    await s.db.query(
      `INSERT INTO accounts (id, parent_id, kind, name, country, status, created_at, updated_at, version)
       VALUES ('acc_later', 'acc_acme', 'customer', 'Later Ltd', 'DE', 'active', now(), now(), 1)`,
    );
    assert.equal((await b.request('/api/accounts/acc_later', reseller)).status, 200);
    await s.db.query(
      "UPDATE accounts SET name = 'Northwind Renamed', version = version + 1 WHERE id = 'acc_northwind'",
    );
    assert.equal((await a.request('/api/accounts/acc_later', reseller)).status, 200);
    const renamed = (await (await a.request(path, reseller)).json()) as { name: string };
    assert.equal(renamed.name, 'Northwind Renamed');
    // Moved out of the reseller's scope: both instances answer 404 at once.
    await s.db.query("UPDATE accounts SET parent_id = NULL, kind = 'reseller' WHERE id = 'acc_later'");
    assert.equal((await a.request('/api/accounts/acc_later', reseller)).status, 404);
    assert.equal((await b.request('/api/accounts/acc_later', reseller)).status, 404);
  });
});
