import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { ON_POSTGRES, RESELLER, startTestServer, type Reply, type TestServer } from './helpers.js';

/**
 * The database goes away for 5 s under a light load (issue 20): scripts/with-postgres.sh exports the
 * cluster's PGDATA and PG_BIN, and the test stops PostgreSQL with pg_ctl and starts it again. Every
 * request meanwhile fails fast with a 503 problem that says when to retry, no write is left
 * half-done, and the same server (its pool) serves again once the database is back.
 */
const { PGDATA, PG_BIN } = process.env;
const OUTAGE_MS = 5000;
/** A light load: one read and one write in flight at a time, a request every 50 ms or so. */
const PAUSE_MS = 50;

const pgCtl = (...args: string[]) => {
  const command = [`${PG_BIN}/pg_ctl`, '-D', PGDATA!, '-w', ...args];
  // initdb and pg_ctl refuse root: the cluster belongs to the postgres user (with-postgres.sh).
  const [file, ...rest] =
    process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', ...command] : command;
  execFileSync(file!, rest, { stdio: 'ignore' });
};

interface Outcome {
  kind: 'read' | 'write';
  email?: string;
  startedAt: number;
  ms: number;
  reply: Reply;
}

const skip =
  !ON_POSTGRES || !PGDATA || !PG_BIN
    ? 'PostgreSQL only: run it under scripts/with-postgres.sh, which exports PGDATA and PG_BIN'
    : false;

describe('database outage of 5 s under load', { skip }, () => {
  let s: TestServer;
  let token: string;
  before(async () => {
    s = await startTestServer();
    token = await s.login(RESELLER);
  });
  after(() => s?.close());

  it('answers 503 problem+json with Retry-After at once, writes nothing half, recovers without a restart', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    let writes = 0;
    const timed = async (kind: Outcome['kind'], send: () => Promise<Reply>, email?: string) => {
      const startedAt = Date.now();
      const reply = await send();
      outcomes.push({ kind, email, startedAt, ms: Date.now() - startedAt, reply });
    };
    const readLoop = async () => {
      while (running) {
        await timed('read', () => s.request('GET', '/api/accounts/acc_northwind/users?limit=20', { token }));
        await sleep(PAUSE_MS);
      }
    };
    const writeLoop = async () => {
      while (running) {
        const email = `outage${writes++}@outage.example`;
        await timed(
          'write',
          () =>
            s.request('POST', '/api/accounts/acc_northwind/users', {
              token,
              body: { name: `Outage ${writes}`, email, role: 'user' },
            }),
          email,
        );
        await sleep(PAUSE_MS);
      }
    };
    const load = Promise.all([readLoop(), writeLoop()]);

    await sleep(1000);
    const stoppedAt = Date.now();
    let restartedAt: number;
    try {
      pgCtl('-m', 'fast', 'stop');
      await sleep(OUTAGE_MS);
    } finally {
      // Whatever failed, the rest of the suite gets its database back.
      restartedAt = Date.now();
      pgCtl('-l', `${PGDATA}/../postgres.log`, 'start');
    }
    // The server comes back by itself: wait for its first success, then keep the load on a while.
    const deadline = Date.now() + 10_000;
    while (!outcomes.some((o) => o.startedAt >= restartedAt && o.reply.status < 300) && Date.now() < deadline)
      await sleep(100);
    await sleep(1000);
    running = false;
    await load;

    const during = outcomes.filter((o) => o.startedAt > stoppedAt + 200 && o.startedAt < restartedAt);
    const failed = outcomes.filter((o) => o.reply.status >= 300);
    const recovered = outcomes.find((o) => o.startedAt >= restartedAt && o.reply.status < 300);
    const figures = {
      requests: outcomes.length,
      during: during.length,
      failed: failed.length,
      slowestFailureMs: Math.max(0, ...failed.map((o) => o.ms)),
      recoveredAfterMs: recovered ? recovered.startedAt + recovered.ms - restartedAt : null,
    };
    console.log(`db outage: ${JSON.stringify(figures)}`);

    assert.ok(during.length >= 20, `requests kept coming during the outage: ${JSON.stringify(figures)}`);
    for (const o of failed) {
      const what = `${o.kind} at +${o.startedAt - stoppedAt} ms: ${o.reply.status} ${JSON.stringify(o.reply.body)}`;
      assert.equal(o.reply.status, 503, what);
      assert.match(o.reply.headers.get('content-type') ?? '', /^application\/problem\+json/, what);
      assert.ok(Number(o.reply.headers.get('retry-after')) > 0, `Retry-After: ${what}`);
      assert.ok(o.ms < 1000, `failed fast (${o.ms} ms): ${what}`);
    }
    for (const o of during) assert.equal(o.reply.status, 503, `${o.kind} during the outage`);
    assert.ok(recovered, `a request succeeded after the restart: ${JSON.stringify(figures)}`);
    const after = outcomes.filter((o) => o.startedAt >= recovered.startedAt + recovered.ms);
    assert.ok(after.length >= 5, 'requests after recovery');
    for (const o of after) assert.ok(o.reply.status < 300, `after recovery: ${o.reply.status}`);

    // Nothing half-written: a create that answered 201 is there with its mail and audit event; one
    // that failed left nothing behind.
    const created = new Set(
      outcomes.filter((o) => o.kind === 'write' && o.reply.status === 201).map((o) => o.email!),
    );
    const rows = await s.db.query<{ email: string; mails: number; events: number }>(
      `SELECT u.email,
         (SELECT count(*)::int FROM outbox m WHERE m.recipient = u.email) AS mails,
         (SELECT count(*)::int FROM audit_events e WHERE e.action = 'user.create' AND e.target_id = u.id) AS events
       FROM users u WHERE u.email LIKE '%@outage.example'`,
    );
    assert.deepEqual(new Set(rows.map((r) => r.email)), created, 'exactly the answered creates exist');
    for (const row of rows) assert.deepEqual([row.email, row.mails, row.events], [row.email, 1, 1]);
  });
});
