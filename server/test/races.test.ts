import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RESELLER, startTestServer, type Reply, type TestServer } from './helpers.js';

/**
 * Concurrent writes on the reference server (issue 20), bounded and in process: on PGlite the
 * requests queue on its one connection, on PostgreSQL (scripts/with-postgres.sh) they race on a
 * pool of ten. Either way the outcome must be the same.
 */
let s: TestServer;
let reseller: string;
const N = 20;
before(async () => {
  s = await startTestServer();
  reseller = await s.login(RESELLER);
});
after(() => s.close());

const count = async (sql: string, params: unknown[]) =>
  (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;
const all = (make: (i: number) => Promise<Reply>) =>
  Promise.all(Array.from({ length: N }, (_, i) => make(i)));
const statuses = (replies: Reply[]) => replies.map((r) => r.status).sort();

describe(`races: ${N} requests at once`, () => {
  it('creates with the same e-mail: exactly one 201, the others 409 on the e-mail, one user, one audit event', async () => {
    const replies = await all((i) =>
      s.request('POST', '/api/accounts/acc_northwind/users', {
        token: reseller,
        // The same address in different cases: e-mail is unique case-insensitively.
        body: { name: `Racer ${i}`, email: i % 2 ? 'RACE@race.example' : 'race@race.example', role: 'user' },
      }),
    );
    assert.deepEqual(statuses(replies), [201, ...Array<number>(N - 1).fill(409)]);
    for (const r of replies.filter((x) => x.status === 409))
      assert.equal(r.body.errors?.[0]?.path, 'email', JSON.stringify(r.body));
    const winner = replies.find((r) => r.status === 201)!.body;
    assert.equal(await count('users WHERE lower(email) = $1', ['race@race.example']), 1);
    assert.equal(await count(`audit_events WHERE action = 'user.create' AND target_id = $1`, [winner.id]), 1);
  });

  it('moves of one resource to different accounts: one wins, the others are refused, the audit trail agrees', async () => {
    const targets: string[] = [];
    for (let i = 0; i < N; i++) {
      const r = await s.request('POST', '/api/accounts/acc_acme/children', {
        token: reseller,
        body: {
          name: `Race target ${i}`,
          productTypeId: 'pt_business',
          country: 'DE',
          primaryAdmin: { name: `Target Admin ${i}`, email: `target${i}@race.example` },
        },
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      targets.push(r.body.id);
    }
    const id = 'res_dom_nw1';
    const before = await s.request('GET', `/api/resources/${id}`, { token: reseller });
    const version = before.body.version as number;
    const replies = await all((i) =>
      s.request('POST', '/api/accounts/acc_acme/resources/move', {
        token: reseller,
        body: { ids: [id], to: targets[i], versions: { [id]: version } },
      }),
    );
    assert.deepEqual(statuses(replies), Array<number>(N).fill(200));
    const outcomes = replies.map((r) => r.body.results[0]);
    const winners = replies.filter((r) => r.body.moved === 1);
    assert.equal(winners.length, 1, JSON.stringify(outcomes));
    assert.equal(outcomes.filter((o) => o.outcome === 'failed' && o.code === 'changed').length, N - 1);
    const won = targets[replies.indexOf(winners[0]!)];
    const after = await s.request('GET', `/api/resources/${id}`, { token: reseller });
    assert.equal(after.body.accountId, won);
    assert.equal(after.body.version, version + 1);
    const events = await s.db.query<{ account_id: string }>(
      `SELECT account_id FROM audit_events WHERE action = 'resource.move' AND target_id = $1`,
      [id],
    );
    assert.deepEqual(
      events.map((e) => e.account_id),
      [won],
    );
  });

  it('an import batch sent again while the first is still running (a dropped connection) creates nothing twice', async () => {
    const body = {
      dryRun: false,
      rows: [
        {
          line: 2,
          customer: { name: 'Retry Ltd', reference: 'RETRY-1', productTypeId: 'pt_business', country: 'DE' },
          user: { name: 'Rita Retry', email: 'rita@retry.example' },
        },
        { line: 3, user: { name: 'Rolf Retry', email: 'rolf@retry.example', customer: 'Retry Ltd' } },
      ],
    };
    const send = () =>
      s.request('POST', '/api/accounts/acc_acme/imports', {
        token: reseller,
        body,
        headers: { 'Idempotency-Key': 'retry-during-drop-1' },
      });
    // The client gave up on the first (its connection dropped) and repeated it at once; later once more.
    const concurrent = await Promise.all([send(), send(), send()]);
    const later = await send();
    for (const r of [...concurrent, later]) assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(concurrent.filter((r) => !r.body.replayed).length, 1, 'one ran, the others replayed it');
    assert.equal(later.body.replayed, true);
    for (const r of [...concurrent, later]) assert.deepEqual(r.body.summary, concurrent[0]!.body.summary);
    assert.equal(await count('accounts WHERE name = $1', ['Retry Ltd']), 1);
    assert.equal(
      await count('users WHERE email = ANY($1)', [['rita@retry.example', 'rolf@retry.example']]),
      2,
    );
  });

  it('concurrent PATCHes of one user with the same If-Match: one 200, the others 412', async () => {
    const user = await s.request('GET', '/api/users/usr_nw_user', { token: reseller });
    const etag = user.headers.get('ETag')!;
    const replies = await all((i) =>
      s.request('PATCH', '/api/users/usr_nw_user', {
        token: reseller,
        body: { name: `Uwe ${i}` },
        headers: { 'If-Match': etag },
      }),
    );
    assert.deepEqual(statuses(replies), [200, ...Array<number>(N - 1).fill(412)]);
    const winner = replies.find((r) => r.status === 200)!.body.name;
    assert.equal((await s.request('GET', '/api/users/usr_nw_user', { token: reseller })).body.name, winner);
  });
});
