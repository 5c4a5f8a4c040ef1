import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RESELLER, startTestServer, type TestServer } from './helpers.js';

/**
 * Creates with the same name but different e-mails derive the same login. On PostgreSQL they race
 * on a pool of ten and used to clash on the unique login with a 409 that named no field; each must
 * instead get the next free login (`anna.race2`, …). On PGlite they queue; the outcome is the same.
 */
let s: TestServer;
let reseller: string;
const N = 20;
before(async () => {
  s = await startTestServer();
  reseller = await s.login(RESELLER);
});
after(() => s.close());

describe(`logins: ${N} creates with one name at once`, () => {
  it('all succeed, each with its own login derived from the name', async () => {
    const replies = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        s.request('POST', '/api/accounts/acc_northwind/users', {
          token: reseller,
          body: { name: 'Anna Race', email: `anna.race${i}@race.example`, role: 'user' },
        }),
      ),
    );
    for (const r of replies) assert.equal(r.status, 201, JSON.stringify(r.body));
    const logins = replies.map((r) => r.body.login as string);
    assert.equal(new Set(logins).size, N, `distinct logins: ${logins.join(', ')}`);
    const expected = ['anna.race', ...Array.from({ length: N - 1 }, (_, i) => `anna.race${i + 2}`)];
    assert.deepEqual([...logins].sort(), [...expected].sort(), 'the lowest free numbers, none skipped');
  });

  it('a create with a taken name and a taken e-mail is still a 409 on the e-mail', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: reseller,
      body: { name: 'Anna Race', email: 'ANNA.RACE0@race.example', role: 'user' },
    });
    assert.equal(r.status, 409, JSON.stringify(r.body));
    assert.equal(r.body.errors?.[0]?.path, 'email', JSON.stringify(r.body));
  });
});
