import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp, createDeps } from '../app.js';
import { defaultConfig } from '../config.js';
import { startTestServer, type TestServer } from './helpers.js';

const LIMITS = {
  loginPerAccount: { max: 2, windowMs: 60_000 },
  loginPerAddress: { max: 1000, windowMs: 60_000 },
  linkPerAccount: { max: 1000, windowMs: 60_000 },
  linkPerAddress: { max: 1000, windowMs: 60_000 },
};

let s: TestServer;
before(async () => {
  s = await startTestServer({ rateLimits: LIMITS });
});
after(() => s.close());

describe('rate limits across instances', () => {
  it('count against one limit for every instance on the same database', async () => {
    // A second, independent app on the same database, as behind a load balancer.
    const other = createApp(
      createDeps({
        db: s.db,
        config: defaultConfig({ rateLimits: LIMITS }),
        now: () => new Date('2026-11-01T00:00:00Z'),
      }),
    );
    const body = JSON.stringify({ email: 'admin@contoso.example', password: 'wrong-password' });
    const viaOther = () =>
      other.request('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
    const viaFirst = () => s.request('POST', '/api/auth/login', { body: JSON.parse(body) });

    assert.equal((await viaFirst()).status, 401);
    assert.equal((await viaOther()).status, 401);
    const limited = await viaFirst();
    assert.equal(limited.status, 429, 'the third attempt is over the limit of 2, whichever instance counted');
    assert.equal((await viaOther()).status, 429);
  });
});
