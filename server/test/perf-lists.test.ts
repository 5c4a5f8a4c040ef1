import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { AccessRightPage, UserPage } from '../../src/api/schemas/index.js';
import { COUNT_BOUND, SEARCH_COUNT_BOUND } from '../../src/api/memory/count-bound.js';
import { createApp, createDeps } from '../app.js';
import type { Db, QueryOptions } from '../db/db.js';
import { ListSql, orderBy } from '../http/list-query.js';
import { SORTABLE as RIGHT_ORDERS } from '../routes/access-rights.js';
import { SORTABLE as USER_ORDERS } from '../routes/users.js';
import { NW_USER, ON_POSTGRES, RESELLER, startTestServer, type TestServer } from './helpers.js';

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

  it('bounds the resource list and the sub-account list too', async () => {
    const reseller = await s.login(RESELLER);
    await s.db.query(
      `INSERT INTO resources (id, account_id, kind, identifier, label, status, created_at, updated_at, version)
       SELECT 'res_many_' || i, 'acc_northwind', 'domain', 'many-' || lpad(i::text, 4, '0') || '.example', 'Many',
         'active', now(), now(), 1
       FROM generate_series(1, ${MANY}) i`,
    );
    await s.db.query(
      `INSERT INTO accounts (id, parent_id, kind, name, country, status, created_at, updated_at, version)
       SELECT 'acc_many_' || i, 'acc_northwind', 'sub-account', 'Many ' || lpad(i::text, 4, '0'), 'DE', 'active',
         now(), now(), 1
       FROM generate_series(1, ${MANY}) i`,
    );
    await s.db.exec('VACUUM (ANALYZE)');
    const resources = await get('/api/accounts/acc_northwind/resources?kind=domain&limit=50', reseller);
    assert.deepEqual(
      [resources.items.length, resources.total, resources.totalExact],
      [50, COUNT_BOUND, false],
    );
    const searched = await get('/api/accounts/acc_northwind/resources?q=many-&limit=50', reseller);
    assert.deepEqual([searched.total, searched.totalExact], [SEARCH_COUNT_BOUND, false]);
    const children = await get('/api/accounts/acc_northwind/children?limit=25', reseller);
    assert.deepEqual([children.items.length, children.total, children.totalExact], [25, COUNT_BOUND, false]);
    const below = await get('/api/accounts/acc_acme/children?include=descendants&q=many&limit=25', reseller);
    assert.deepEqual([below.items.length, below.total, below.totalExact], [25, SEARCH_COUNT_BOUND, false]);
    // Past the end of a block: the count alone, exact, and no rows.
    const past = await get(`/api/accounts/acc_northwind/children?limit=25&offset=${MANY + 100}`, reseller);
    assert.deepEqual([past.items.length, past.totalExact], [0, undefined]);
    assert.ok(past.total >= MANY, `all ${past.total} children counted`);
  });

  it('keeps short lists exact', async () => {
    const acme = await get('/api/accounts/acc_acme/users', await s.login(RESELLER));
    assert.equal(acme.totalExact, undefined);
    assert.equal(acme.total, acme.items.length);
  });
});

describe('list orders', () => {
  /**
   * The plan of the statement a list page runs (ListSql.page: ids in order up to the count's cap,
   * then the page's rows), with sorting and sequential scans priced out.
   */
  async function plan(table: string, order: string, condition?: string): Promise<string> {
    const sql = new ListSql();
    sql.where(`account_id = ${sql.p('acc_northwind')}`);
    if (condition) sql.where(condition);
    const { sql: statement } = sql.pageStatement(table, order, {}, COUNT_BOUND);
    return s.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_sort = off');
      await tx.query('SET LOCAL enable_seqscan = off');
      await tx.query('SET LOCAL enable_bitmapscan = off');
      const rows = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement}`, sql.params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  /**
   * The only sort allowed: the page's ≤ 50 rows put back in the order their ids were read in, for
   * the page's JSON array (a Sort node on PostgreSQL 17; inside the aggregate on 15), by
   * `page_ord` or, where the planner inlined it, the row number it stands for.
   */
  const onlyPageSort = (text: string) => {
    for (const key of text.matchAll(/Sort Key: ([^\n]*)/g))
      assert.match(key[1]!, /^(?:\w+\.page_ord|\(row_number\(\) OVER \w+\))$/, text);
    assert.ok((text.match(/^\s*(?:->\s+)?Sort\s+\(/gm)?.length ?? 0) <= 1, text);
  };

  for (const [table, orders] of [
    ['users', USER_ORDERS],
    ['access_rights', RIGHT_ORDERS],
  ] as const)
    for (const field of Object.keys(orders))
      for (const sort of [field, `-${field}`])
        it(`${table} by ${sort}: an index gives the order, no sort`, async () => {
          const text = await plan(table, orderBy(sort, orders, field));
          assert.match(text, /Index (Only )?Scan/, text);
          onlyPageSort(text);
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

  it("a search's ids and count come from the name index alone, its rows by id", async () => {
    const text = await plan('users', orderBy('name', USER_ORDERS, 'name'), `search_text LIKE '%many%'`);
    assert.match(text, /Index Only Scan using users_account_name_key/, text);
    assert.match(text, /Index Scan using users_pkey/, text);
    onlyPageSort(text);
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

describe('plans kept per connection', () => {
  /** For one request: how the session lookup and the page statement were prepared. */
  async function preparedFor(path: string) {
    const runs: { sql: string; prepared: QueryOptions['prepare'] }[] = [];
    const db: Db = {
      ...s.db,
      query: (sql, params, options) => {
        runs.push({ sql, prepared: options?.prepare });
        return s.db.query(sql, params, options);
      },
    };
    const app = createApp(createDeps({ db, config: s.deps.config, now: s.deps.now }));
    const response = await app.request(path, { headers: { Authorization: `Bearer ${nwUser}` } });
    assert.equal(response.status, 200, path);
    const prepared = (pattern: RegExp) => runs.find((run) => pattern.test(run.sql))?.prepared;
    return { session: prepared(/tk_session/), page: prepared(/page_total/) };
  }

  it('prepares the session lookup and the unfiltered pages, replans a search or a filter for its values', async () => {
    const base = '/api/accounts/acc_northwind';
    for (const [path, page] of [
      ['/users?limit=50', true],
      ['/users?sort=-createdAt&offset=50', true],
      ['/users?q=many', 'replan'],
      ['/users?role=admin', 'replan'],
      ['/users?status=invited', 'replan'],
      ['/access-rights?limit=50', true],
      ['/access-rights?sort=endsAt', true],
      ['/access-rights?q=many', 'replan'],
      ['/access-rights?manual=true', 'replan'],
      ['/access-rights?validOn=2026-11-01', 'replan'],
    ] as const)
      assert.deepEqual(await preparedFor(base + path), { session: true, page }, path);
  });

  it(
    'plans a statement to replan for its values on every run, outside transactions',
    { skip: !ON_POSTGRES },
    async () => {
      const text = "SELECT current_setting('plan_cache_mode') AS mode, $1::int * 2 AS n";
      // More runs than the five after which PostgreSQL may keep a generic plan.
      for (const n of [1, 2, 3, 4, 5, 6, 7])
        assert.deepEqual(await s.db.query(text, [n], { prepare: 'replan' }), [
          { mode: 'force_custom_plan', n: n * 2 },
        ]);
      assert.deepEqual(await s.db.query(text, [1], { prepare: true }), [{ mode: 'auto', n: 2 }]);
      const inTransaction = await s.db.transaction((tx) => tx.query(text, [3], { prepare: 'replan' }));
      assert.deepEqual(inTransaction, [{ mode: 'auto', n: 6 }]);
    },
  );

  it('keeps a prepared statement on the connection, one per text', { skip: !ON_POSTGRES }, async () => {
    const text = 'SELECT $1::int + 1 AS n';
    const kept = await s.db.transaction(async (tx) => {
      await tx.query('SELECT $1::int - 1 AS n', [1]);
      for (const n of [1, 2, 3])
        assert.deepEqual(await tx.query(text, [n], { prepare: true }), [{ n: n + 1 }]);
      // The connection may hold the server's own statements too, from earlier requests.
      return tx.query<{ statement: string }>(
        "SELECT statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int%'",
      );
    });
    assert.deepEqual(
      kept.map((row) => row.statement),
      [text],
    );
  });
});
