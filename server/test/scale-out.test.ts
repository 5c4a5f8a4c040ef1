import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp, createDeps } from '../app.js';
import { defaultConfig } from '../config.js';
import type { Db } from '../db/db.js';
import {
  DEMO_PASSWORD,
  NW_USER,
  ON_POSTGRES,
  RESELLER,
  SEED_NOW,
  requestOn,
  seededPostgresSchema,
  type Reply,
} from './helpers.js';

/**
 * Scale-out (issue 20): server instances behind a load balancer share one PostgreSQL. Each
 * instance here is its own app with its own connection pool, rate limiter and scope cache, as a
 * process would be. One scenario (sign in, edit with ETags, replay an import, act for a customer
 * renamed meanwhile, be rate limited, sign out) runs with every request going to the next instance
 * in turn, and again on a single instance: the answers and the audit trail must be the same.
 */
type Request = ReturnType<typeof requestOn>;

async function cluster(size: number) {
  const schema = await seededPostgresSchema();
  const pools: Db[] = [schema.db];
  while (pools.length < size) pools.push(await schema.open());
  const config = defaultConfig({ publicUrl: 'http://tenantkit.test' });
  const instances = pools.map((db) => requestOn(createApp(createDeps({ db, config, now: () => SEED_NOW }))));
  return {
    db: schema.db,
    instances,
    close: async () => {
      for (const db of pools.slice(1)) await db.close();
      await schema.close();
    },
  };
}

interface Transcript {
  steps: [string, number][];
  audit: unknown[];
}

/** The scenario, request `n` going to instance `n mod size`; asserts what must hold on any of them. */
async function scenario(instances: Request[], db: Db): Promise<Transcript> {
  const seeded = new Set(
    (await db.query<{ id: string }>('SELECT id FROM accounts UNION ALL SELECT id FROM users')).map(
      (r) => r.id,
    ),
  );
  let n = 0;
  const steps: [string, number][] = [];
  const next = async (step: string, ...args: Parameters<Request>): Promise<Reply> => {
    const reply = await instances[n++ % instances.length]!(...args);
    steps.push([step, reply.status]);
    return reply;
  };

  // A session made on one instance works on the next.
  const signIn = await next('sign in', 'POST', '/api/auth/login', {
    body: { email: RESELLER, password: DEMO_PASSWORD },
  });
  assert.equal(signIn.status, 200, JSON.stringify(signIn.body));
  const token = signIn.body.token as string;
  assert.equal((await next('me', 'GET', '/api/me', { token })).status, 200);

  // Create on one, read the ETag on another, write with it on a third: the stale ETag is a 412 anywhere.
  const created = await next('create user', 'POST', '/api/accounts/acc_northwind/users', {
    token,
    body: { name: 'Scale Out', email: 'scale.out@scale.example', role: 'user' },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const path = `/api/users/${created.body.id}`;
  const read = await next('read user', 'GET', path, { token });
  const etag = read.headers.get('etag')!;
  const patched = await next('patch user', 'PATCH', path, {
    token,
    body: { locale: 'de' },
    headers: { 'If-Match': etag },
  });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  const stale = await next('patch user with the old ETag', 'PATCH', path, {
    token,
    body: { locale: 'fr' },
    headers: { 'If-Match': etag },
  });
  assert.equal(stale.status, 412, JSON.stringify(stale.body));
  assert.equal((await next('read user again', 'GET', path, { token })).body.locale, 'de');

  // An import sent again with its Idempotency-Key, to another instance, replays the first run.
  const batch = {
    dryRun: false,
    rows: [
      {
        line: 2,
        customer: { name: 'Scale Ltd', reference: 'SCALE-1', productTypeId: 'pt_business', country: 'DE' },
        user: { name: 'Sina Scale', email: 'sina@scale.example', role: 'admin' },
      },
    ],
  };
  const headers = { 'Idempotency-Key': 'scale-out-import-1' };
  const first = await next('import', 'POST', '/api/accounts/acc_acme/imports', {
    token,
    body: batch,
    headers,
  });
  const again = await next('import again', 'POST', '/api/accounts/acc_acme/imports', {
    token,
    body: batch,
    headers,
  });
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.equal(again.status, 200, JSON.stringify(again.body));
  assert.equal(Boolean(first.body.replayed), false, 'the first ran');
  assert.equal(again.body.replayed, true, 'the repeat replayed');
  assert.deepEqual(again.body.summary, first.body.summary);
  const [imported] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM accounts WHERE name = 'Scale Ltd'",
  );
  assert.equal(imported!.n, 1, 'one account, not two');

  // One instance remembers the acting-for account; another renames it; the first answers the new name.
  const asNorthwind = { 'X-Act-As-Account': 'acc_northwind' };
  await next('act for Northwind', 'GET', '/api/me', { token, headers: asNorthwind });
  const account = await next('read Northwind', 'GET', '/api/accounts/acc_northwind', { token });
  await next('rename Northwind', 'PATCH', '/api/accounts/acc_northwind', {
    token,
    body: { name: 'Northwind Scaled' },
    headers: { 'If-Match': account.headers.get('etag')! },
  });
  for (const step of ['act for Northwind after the rename', 'and on the other instance']) {
    const me = await next(step, 'GET', '/api/me', { token, headers: asNorthwind });
    assert.equal(
      me.body.actingFor?.name,
      'Northwind Scaled',
      `${step}: ${JSON.stringify(me.body.actingFor)}`,
    );
  }

  // Failed sign-ins count across instances: the limit (10 per user) is reached wherever they land.
  const limit = defaultConfig().rateLimits.loginPerAccount.max;
  for (let i = 0; i < limit; i++) {
    const wrong = await next('wrong password', 'POST', '/api/auth/login', {
      body: { email: NW_USER, password: 'not the password' },
    });
    assert.equal(wrong.status, 401, `attempt ${i + 1}: ${JSON.stringify(wrong.body)}`);
  }
  const limited = await next('one attempt too many', 'POST', '/api/auth/login', {
    body: { email: NW_USER, password: DEMO_PASSWORD },
  });
  assert.equal(limited.status, 429, JSON.stringify(limited.body));
  assert.ok(Number(limited.headers.get('retry-after')) > 0, 'a 429 says when to try again');

  // Signing out on one instance ends the session on all.
  assert.equal((await next('sign out', 'POST', '/api/auth/logout', { token })).status, 204);
  assert.equal((await next('me after signing out', 'GET', '/api/me', { token })).status, 401);

  // Times and the ids of what the scenario created differ between runs (each new id becomes its
  // order of appearance); what was done, by whom, for whom, to what and which fields may not.
  const events = await db.query<Record<string, unknown>>(
    `SELECT actor_user_id, actor_account_id, acting_for_account_id, account_id, action, target_type, target_id,
       fields
     FROM audit_events ORDER BY id`,
  );
  const newIds = new Map<unknown, string>();
  const stable = (id: unknown) =>
    seeded.has(id as string) ? id : (newIds.get(id) ?? newIds.set(id, `new ${newIds.size + 1}`).get(id));
  const audit = events.map((e) => ({
    ...e,
    acting_for_account_id: stable(e.acting_for_account_id),
    account_id: stable(e.account_id),
    target_id: stable(e.target_id),
  }));
  return { steps, audit };
}

describe(
  'scale-out: two instances on one PostgreSQL',
  { skip: !ON_POSTGRES && 'PostgreSQL only: run it under scripts/with-postgres.sh' },
  () => {
    let two: Awaited<ReturnType<typeof cluster>>;
    let one: Awaited<ReturnType<typeof cluster>>;
    before(async () => {
      two = await cluster(2);
      one = await cluster(1);
    });
    after(async () => {
      await two?.close();
      await one?.close();
    });

    it('requests alternating between instances answer, and audit, exactly as on one', async () => {
      const alternating = await scenario(two.instances, two.db);
      const single = await scenario(one.instances, one.db);
      assert.ok(alternating.steps.length > 20, `${alternating.steps.length} requests`);
      assert.deepEqual(alternating.steps, single.steps);
      assert.ok(alternating.audit.length >= 4, `${alternating.audit.length} audit events`);
      assert.deepEqual(alternating.audit, single.audit);
    });
  },
);
