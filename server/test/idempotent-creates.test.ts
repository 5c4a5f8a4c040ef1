import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { KEEP_ANSWERS_MS } from '../http/idempotency.js';
import { NW_ADMIN, RESELLER, startTestServer, type Reply, type TestServer } from './helpers.js';

/**
 * Every create takes an `Idempotency-Key` (issue 20, draft-ietf-httpapi-idempotency-key-header): a
 * create whose answer was lost is sent again with its key and gets the first 201 back, with nothing
 * written twice; the same key with another body is a 422; a create that failed leaves the key free.
 */
let s: TestServer;
let reseller: string;
let nwAdmin: string;
before(async () => {
  s = await startTestServer();
  [reseller, nwAdmin] = [await s.login(RESELLER), await s.login(NW_ADMIN)];
});
after(() => s.close());

const count = async (sql: string, params: unknown[]) =>
  (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

interface CreateCase {
  name: string;
  path: string;
  token: () => string;
  body: (n: number) => Record<string, unknown>;
  /** Rows the create wrote, by the body's distinguishing value. */
  rows: (n: number) => Promise<number>;
}

const CASES: CreateCase[] = [
  {
    name: 'user',
    path: '/api/accounts/acc_northwind/users',
    token: () => nwAdmin,
    body: (n) => ({ name: `Kim Key ${n}`, email: `kim${n}@keys.example`, role: 'user' }),
    rows: (n) => count('users WHERE email = $1', [`kim${n}@keys.example`]),
  },
  {
    name: 'sub-account',
    path: '/api/accounts/acc_acme/children',
    token: () => reseller,
    body: (n) => ({
      name: `Keyed Customer ${n}`,
      productTypeId: 'pt_starter',
      country: 'DE',
      primaryAdmin: { name: 'Pat Key', email: `pat${n}@keys.example` },
    }),
    rows: (n) => count('accounts WHERE name = $1', [`Keyed Customer ${n}`]),
  },
  {
    name: 'access right',
    path: '/api/accounts/acc_northwind/access-rights',
    token: () => nwAdmin,
    body: (n) => ({ productId: `keyed-product-${n}`, startsAt: '2026-11-01T00:00:00Z', endsAt: null }),
    rows: (n) => count('access_rights WHERE product_id = $1', [`keyed-product-${n}`]),
  },
];

let serial = 0;
const post = (c: CreateCase, body: unknown, key?: string): Promise<Reply> =>
  s.request('POST', c.path, { token: c.token(), body, headers: key ? { 'Idempotency-Key': key } : {} });

for (const c of CASES) {
  describe(`POST a ${c.name} with an Idempotency-Key`, () => {
    it('replays the first 201 (same id, ETag and body) for a repeat of the key, writing once', async () => {
      const n = ++serial;
      const key = `key-${c.name.replace(' ', '-')}-${n}`;
      const first = await post(c, c.body(n), key);
      assert.equal(first.status, 201, JSON.stringify(first.body));
      const again = await post(c, c.body(n), key);
      assert.equal(again.status, 201, JSON.stringify(again.body));
      assert.deepEqual(again.body, first.body);
      assert.equal(again.headers.get('etag'), first.headers.get('etag'));
      assert.equal(await c.rows(n), 1);
      const events = await count(`audit_events WHERE target_id = $1`, [first.body.id]);
      assert.equal(events, 1, 'one audit event for the one create');
    });

    it('refuses the same key with another body (422), writing nothing for it', async () => {
      const n = ++serial;
      const key = `key-${c.name.replace(' ', '-')}-${n}`;
      assert.equal((await post(c, c.body(n), key)).status, 201);
      const other = await post(c, c.body(n + 1000), key);
      assert.equal(other.status, 422, JSON.stringify(other.body));
      assert.match(other.headers.get('content-type') ?? '', /problem\+json/);
      assert.equal(await c.rows(n + 1000), 0);
    });

    it('without a key a repeat is a new create, refused as a duplicate where the data must be unique', async () => {
      const n = ++serial;
      assert.equal((await post(c, c.body(n))).status, 201);
      const again = await post(c, c.body(n));
      // Users and accounts are unique by e-mail and sibling name; access rights may repeat.
      assert.equal(again.status, c.name === 'access right' ? 201 : 409, JSON.stringify(again.body));
    });
  });
}

describe('Idempotency-Key rules', () => {
  it('a create that failed stores nothing under its key: the corrected retry with that key succeeds', async () => {
    const c = CASES[0]!;
    const n = ++serial;
    const key = `key-failed-${n}`;
    const taken = { ...c.body(n), email: NW_ADMIN };
    assert.equal((await post(c, taken, key)).status, 409, 'the e-mail is taken');
    const fixed = await post(c, c.body(n), key);
    assert.equal(fixed.status, 201, 'the failed attempt stored nothing under the key');
  });

  it('keys are scoped to the endpoint and account: the same key elsewhere is its own request', async () => {
    const n = ++serial;
    const key = `key-shared-${n}`;
    assert.equal((await post(CASES[0]!, CASES[0]!.body(n), key)).status, 201);
    assert.equal((await post(CASES[2]!, CASES[2]!.body(n), key)).status, 201);
  });

  it('answers 400 for a malformed key', async () => {
    const c = CASES[0]!;
    const n = ++serial;
    const r = await post(c, c.body(n), 'not a key');
    assert.equal(r.status, 400);
    assert.equal(await c.rows(n), 0);
  });

  it('20 simultaneous sends of one create with one key: one user, every answer the same 201', async () => {
    const c = CASES[0]!;
    const n = ++serial;
    const key = `key-race-${n}`;
    const replies = await Promise.all(Array.from({ length: 20 }, () => post(c, c.body(n), key)));
    assert.deepEqual(
      replies.map((r) => r.status),
      Array<number>(20).fill(201),
    );
    assert.equal(new Set(replies.map((r) => r.body.id)).size, 1);
    assert.equal(await c.rows(n), 1);
  });
});

describe('the OpenAPI document', () => {
  it('offers the Idempotency-Key header on every create and on imports, and on no other operation', async () => {
    const doc = (await s.request('GET', '/api/openapi.json')).body;
    const keyed = Object.entries(
      doc.paths as Record<string, Record<string, { parameters: { name: string }[] }>>,
    )
      .flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([, op]) => op.parameters.some((p) => p.name === 'Idempotency-Key'))
          .map(([method]) => `${method} ${path}`),
      )
      .sort();
    assert.deepEqual(keyed, [
      'post /accounts/{id}/access-rights',
      'post /accounts/{id}/children',
      'post /accounts/{id}/imports',
      'post /accounts/{id}/users',
    ]);
  });
});

describe('keeping answers', () => {
  it('forgets a key a day after its answer: the same key is then a new request', async () => {
    const c = CASES[2]!;
    const n = ++serial;
    const key = `key-old-${n}`;
    const first = await post(c, c.body(n), key);
    assert.equal(first.status, 201);
    s.advance(KEEP_ANSWERS_MS + 60_000);
    nwAdmin = await s.login(NW_ADMIN); // the session ended meanwhile
    // Any keyed write drops what is older than a day.
    assert.equal((await post(c, c.body(n + 2000), `key-trigger-${n}`)).status, 201);
    const stored = await count('idempotent_requests WHERE idempotency_key = $1', [key]);
    assert.equal(stored, 0, 'the old answer is gone');
    const again = await post(c, c.body(n), key);
    assert.equal(again.status, 201);
    assert.notEqual(again.body.id, first.body.id, 'written anew');
  });
});
