import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { ImportResult, type ImportRow } from '../../src/api/schemas/index.js';
import { NW_ADMIN, NW_USER, RESELLER, startTestServer, type TestServer } from './helpers.js';

let s: TestServer;
let reseller: string;
let nwAdmin: string;
before(async () => {
  s = await startTestServer();
  [reseller, nwAdmin] = [await s.login(RESELLER), await s.login(NW_ADMIN)];
});
after(() => s.close());

const post = (token: string, account: string, body: unknown, key?: string) =>
  s.request('POST', `/api/accounts/${account}/imports`, {
    token,
    body,
    headers: key ? { 'Idempotency-Key': key } : {},
  });
const run = async (
  rows: ImportRow[],
  dryRun: boolean,
  key?: string,
  account = 'acc_acme',
  token = reseller,
) => {
  const r = await post(token, account, { dryRun, rows }, key);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const parsed = z.safeParse(ImportResult, r.body);
  assert.ok(parsed.success, 'the answer matches the schema');
  return parsed.data;
};
const count = async (sql: string, params: unknown[] = []) =>
  (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

const CLEAN: ImportRow[] = [
  {
    line: 2,
    customer: { name: 'Fabrikam GmbH', reference: 'FAB-1', productTypeId: 'pt_business', country: 'DE' },
    user: { name: 'Frieda Fabrikam', email: 'frieda@fabrikam.example', role: 'admin' },
  },
  {
    line: 3,
    customer: { name: 'Fabrikam GmbH' },
    user: { name: 'Franz Fabrikam', email: 'franz@fabrikam.example', permissions: ['account.login'] },
  },
  { line: 4, user: { name: 'Nora Neu', email: 'nora@northwind.example', customer: 'NW-4711' } },
];

describe('POST /accounts/{id}/imports', () => {
  it('dry run: answers per row and writes nothing', async () => {
    const before = [await count('accounts'), await count('users'), await count('audit_events')];
    const result = await run(CLEAN, true);
    assert.equal(result.dryRun, true);
    assert.deepEqual(
      result.rows.map((r) => [r.line, r.status, r.customer?.action, r.user?.action]),
      [
        [2, 'create', 'create', 'create'],
        [3, 'create', 'unchanged', 'create'],
        [4, 'create', undefined, 'create'],
      ],
    );
    assert.deepEqual(result.summary, { created: 4, updated: 0, unchanged: 1, failed: 0 });
    assert.deepEqual([await count('accounts'), await count('users'), await count('audit_events')], before);
  });

  it('reports every kind of row error with the field and the code, and writes none of those rows', async () => {
    const rows: unknown[] = [
      { line: 2, customer: { name: '', productTypeId: 'pt_business', country: 'DE' } },
      { line: 3, customer: { name: 'No Type GmbH', country: 'DE' } },
      { line: 4, customer: { name: 'Bad Type', productTypeId: 'pt_nope', country: 'DE' } },
      { line: 5, customer: { name: 'Bad Country', productTypeId: 'pt_business', country: 'Germany' } },
      { line: 6, customer: { name: 'Voice Co', productTypeId: 'pt_voice', country: 'FR' } },
      { line: 7, user: { name: 'X', email: 'not-an-email', customer: 'Contoso Ltd' } },
      { line: 8, user: { name: 'X', email: 'admin@contoso.example', customer: 'Northwind Traders' } },
      { line: 9, user: { name: 'X', email: 'x9@example.com', customer: 'Contoso Ltd', role: 'boss' } },
      {
        line: 10,
        user: { name: 'X', email: 'x10@example.com', customer: 'Contoso Ltd', permissions: ['nope'] },
      },
      { line: 11, user: { name: 'X', email: 'x11@example.com', customer: 'Nobody Inc' } },
      { line: 12, user: { name: 'X', email: 'x12@example.com' } },
      // Contoso has the Enterprise type, which is locked once assigned.
      { line: 13, customer: { name: 'Contoso Ltd', productTypeId: 'pt_starter' } },
      // NW-4711 is Northwind's reference: renaming it to a sibling's name.
      { line: 14, customer: { name: 'Duna Hosting Kft.', reference: 'NW-4711' } },
      { line: 15, unknown: 1 },
    ];
    const before = [await count('accounts'), await count('users')];
    for (const dryRun of [true, false]) {
      const r = await post(reseller, 'acc_acme', { dryRun, rows }, dryRun ? undefined : 'errors-1');
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const result = r.body as ImportResult;
      const problems = result.rows.map((row) => row.errors.map((e) => `${e.path}:${e.code}`).join(','));
      assert.ok(
        result.rows.every((row) => row.status === 'error'),
        'every row is an error',
      );
      assert.deepEqual(problems, [
        'customer.name:required',
        'customer.productTypeId:required',
        'customer.productTypeId:unknown_product_type',
        'customer.country:invalid',
        'customer.settings.pbxHost:required',
        'user.email:email',
        'user.email:taken',
        'user.role:invalid',
        'user.permissions.0:unknown_permission',
        'user.customer:unknown_customer',
        'user.customer:required',
        'customer.productTypeId:locked',
        'customer.name:taken',
        'unknown:unknown-field',
      ]);
      assert.equal(result.summary.failed, rows.length);
    }
    assert.deepEqual([await count('accounts'), await count('users')], before);
  });

  it('writes a batch, replays it for the same key, and a re-run of the file creates nothing', async () => {
    const before = {
      accounts: await count('accounts'),
      users: await count('users'),
      mail: await count('outbox'),
    };
    const first = await run(CLEAN, false, 'clean-1');
    assert.equal(first.replayed, undefined);
    assert.deepEqual(first.summary, { created: 4, updated: 0, unchanged: 1, failed: 0 });
    const customerId = first.rows[0]!.customer!.id!;
    assert.equal(first.rows[1]!.customer!.id, customerId, 'both rows name the one customer');
    assert.ok(
      first.rows.every((r) => r.user?.id?.startsWith('usr_')),
      'every row created a usr_ user',
    );
    assert.equal(await count('accounts'), before.accounts + 1);
    assert.equal(await count('users'), before.users + 3);
    assert.equal(await count('outbox'), before.mail, 'imports never send mail');
    const [frieda] = await s.db.query<Record<string, unknown>>(
      "SELECT account_id, role, status, login, password_link_hash FROM users WHERE email = 'frieda@fabrikam.example'",
    );
    assert.deepEqual(frieda, {
      account_id: customerId,
      role: 'admin',
      status: 'invited',
      login: 'frieda.fabrikam',
      password_link_hash: null,
    });
    const [nora] = await s.db.query<{ account_id: string }>(
      "SELECT account_id FROM users WHERE email = 'nora@northwind.example'",
    );
    assert.equal(nora!.account_id, 'acc_northwind', 'named by reference');
    assert.equal(
      await count("audit_events WHERE action IN ('account.create', 'user.create') AND account_id = $1", [
        customerId,
      ]),
      3,
    );

    const replay = await run(CLEAN, false, 'clean-1');
    assert.equal(replay.replayed, true);
    assert.deepEqual(replay.rows, first.rows);
    assert.equal(await count('users'), before.users + 3);

    const rerun = await run(CLEAN, false, 'clean-2');
    assert.deepEqual(rerun.summary, { created: 0, updated: 0, unchanged: 5, failed: 0 });
    assert.equal(rerun.rows[0]!.user!.id, first.rows[0]!.user!.id);
    assert.equal(await count('accounts'), before.accounts + 1);
    assert.equal(await count('users'), before.users + 3);

    const other = await post(reseller, 'acc_acme', { dryRun: false, rows: CLEAN.slice(0, 1) }, 'clean-1');
    assert.equal(other.status, 422, 'a key names one batch');
  });

  it('updates what differs, and only that', async () => {
    const result = await run(
      [
        { customer: { name: 'Fabrikam GmbH', country: 'AT', notes: 'Vienna office' } },
        { user: { name: 'Franz F. Fabrikam', email: 'FRANZ@fabrikam.example', customer: 'FAB-1' } },
        {
          user: {
            name: 'Frieda Fabrikam',
            email: 'frieda@fabrikam.example',
            customer: 'FAB-1',
            role: 'user',
          },
        },
      ],
      false,
      'update-1',
    );
    assert.deepEqual(
      result.rows.map((r) => [r.status, r.customer?.fields ?? r.user?.fields ?? r.errors.map((e) => e.code)]),
      [
        ['update', ['country', 'notes']],
        ['update', ['name']],
        ['error', ['demote']],
      ],
    );
    const [fab] = await s.db.query<{ country: string; version: number }>(
      "SELECT country, version FROM accounts WHERE reference = 'FAB-1'",
    );
    assert.deepEqual(fab, { country: 'AT', version: 2 });
  });

  it('a customer outside the scope is an error of that row, never a write', async () => {
    const usersBefore = await count('users');
    // Contoso is Acme's customer, not Northwind's; Berlin is Northwind's child, not Acme's.
    const nw = await run(
      [
        { user: { name: 'Spy', email: 'spy1@example.com', customer: 'Contoso Ltd' } },
        { user: { name: 'Spy', email: 'spy2@example.com', customer: 'acc_contoso' } },
        { user: { name: 'Ok', email: 'berlin2@northwind.example', customer: 'Northwind Berlin' } },
      ],
      false,
      'scope-1',
      'acc_northwind',
      nwAdmin,
    );
    assert.deepEqual(
      nw.rows.map((r) => r.errors.map((e) => e.code).join() || r.status),
      ['unknown_customer', 'unknown_customer', 'create'],
    );
    const acme = await run(
      [{ user: { name: 'X', email: 'x@example.com', customer: 'Northwind Berlin' } }],
      true,
    );
    assert.equal(acme.rows[0]!.errors[0]!.code, 'unknown_customer');
    assert.equal(await count('users'), usersBefore + 1);

    assert.equal((await post(nwAdmin, 'acc_acme', { dryRun: true, rows: CLEAN })).status, 404);
    assert.equal((await post(nwAdmin, 'acc_contoso', { dryRun: true, rows: CLEAN })).status, 404);
    const user = await s.login(NW_USER);
    assert.equal((await post(user, 'acc_northwind', { dryRun: true, rows: CLEAN })).status, 403);
    // Keys are per account: the same key in another account is another batch.
    const keyElsewhere = await post(nwAdmin, 'acc_northwind', { dryRun: true, rows: CLEAN }, 'clean-1');
    assert.equal(keyElsewhere.status, 200);
  });

  it('checks the envelope: at most 500 rows, JSON, a sane key; planned customers for later batches', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ customer: { name: `C${i}` } }));
    assert.equal((await post(reseller, 'acc_acme', { dryRun: true, rows: many })).status, 422);
    assert.equal((await post(reseller, 'acc_acme', { dryRun: true, rows: [] })).status, 422);
    const badKey = await post(reseller, 'acc_acme', { dryRun: false, rows: CLEAN }, 'a b');
    assert.equal(badKey.status, 400);
    const planned = await s.request('POST', '/api/accounts/acc_acme/imports', {
      token: reseller,
      body: {
        dryRun: true,
        rows: [{ user: { name: 'Later', email: 'later@example.com', customer: 'Planned AG' } }],
        plannedCustomers: [{ name: 'Planned AG' }],
      },
    });
    assert.equal(planned.status, 200);
    assert.equal((planned.body as ImportResult).rows[0]!.status, 'create');
  });

  it('a row that repeats an earlier one repeats it; one that contradicts it is an error', async () => {
    const result = await run(
      [
        { customer: { name: 'Twice AG', productTypeId: 'pt_starter', country: 'CH' } },
        { customer: { name: 'twice ag', country: 'CH' } },
        { customer: { name: 'Twice AG', country: 'DE' } },
        { customer: { name: 'Twice AG' }, user: { name: 'T', email: 't@twice.example' } },
        { customer: { name: 'Twice AG' }, user: { name: 'T2', email: 't@twice.example' } },
      ],
      true,
    );
    assert.deepEqual(
      result.rows.map((r) => r.errors.map((e) => `${e.path}:${e.code}`).join() || r.status),
      ['create', 'unchanged', 'customer.country:conflict', 'create', 'user.email:conflict'],
    );
  });
});
