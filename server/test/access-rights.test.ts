import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { AccessRight, AccessRightPage } from '../../src/api/schemas/index.js';
import { NW_ADMIN, NW_USER, startTestServer, type TestServer } from './helpers.js';

let s: TestServer;
let nwAdmin: string;
let nwUser: string;
before(async () => {
  s = await startTestServer();
  [nwAdmin, nwUser] = [await s.login(NW_ADMIN), await s.login(NW_USER)];
});
after(() => s.close());

type Right = z.infer<typeof AccessRight>;
const list = async (query: string) =>
  (await s.request('GET', `/api/accounts/acc_northwind/access-rights?limit=500&${query}`, { token: nwUser }))
    .body as {
    items: Right[];
    total: number;
  };

describe('GET /accounts/{id}/access-rights', () => {
  it('lists every right of the account, valid against the schema', async () => {
    const r = await s.request('GET', '/api/accounts/acc_northwind/access-rights', { token: nwUser });
    assert.equal(r.status, 200);
    assert.ok(z.safeParse(AccessRightPage, r.body).success, 'an AccessRightPage');
    assert.equal(r.body.items.length, 50);
    assert.ok(r.body.total > 50, 'more than 50 rights in the demo data');
  });

  it('filters by manual, status and validOn', async () => {
    const manual = await list('manual=true');
    assert.ok(
      manual.total > 0 && manual.items.every((r) => r.manual),
      'manual=true lists only manual rights',
    );
    const generated = await list('manual=false');
    assert.ok(
      generated.items.every((r) => !r.manual && r.offerId),
      'manual=false lists only rights generated from an offer',
    );
    const off = await list('status=deactivated');
    assert.ok(
      off.items.every((r) => r.status === 'deactivated'),
      'only deactivated rights',
    );
    const day = '2026-06-01';
    const valid = await list(`validOn=${day}`);
    const t = Date.parse(`${day}T00:00:00Z`);
    const all = await list('');
    const expected = all.items.filter(
      (r) => Date.parse(r.startsAt) <= t && (!r.endsAt || t < Date.parse(r.endsAt)),
    );
    assert.equal(valid.total, expected.length);
    assert.ok(valid.total > 0 && valid.total < all.total, 'validOn narrows the list');
  });

  it('searches id, offer id and product id', async () => {
    const byOffer = await list('q=ORD_NW1000');
    assert.ok(
      byOffer.total >= 1 && byOffer.items.every((r) => r.offerId === 'ord_nw1000'),
      'only rights of offer ord_nw1000',
    );
    const legacy = await list('q=legacy-');
    assert.ok(
      legacy.total > 0 && legacy.items.every((r) => r.productId !== r.platformProductId),
      'only legacy rights (product id differs from the platform one)',
    );
  });

  it('sorts by a whitelisted field and rejects others', async () => {
    const sorted = await list('sort=-endsAt');
    assert.equal(sorted.items.length, sorted.total);
    const bad = await s.request(
      'GET',
      '/api/accounts/acc_northwind/access-rights?sort=product_name&validOn=june',
      { token: nwUser },
    );
    assert.equal(bad.status, 422);
    assert.deepEqual(
      bad.body.errors.map((e: { path: string }) => e.path),
      ['sort', 'validOn'],
    );
  });
});

describe('POST /accounts/{id}/access-rights', () => {
  it('creates a manual right and resolves known products', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
      token: nwAdmin,
      body: { productId: 'prod_mail', startsAt: '2026-11-01T00:00:00Z', endsAt: null },
    });
    assert.equal(r.status, 201);
    assert.ok(z.safeParse(AccessRight, r.body).success, 'an AccessRight');
    assert.equal(r.body.manual, true);
    assert.equal(r.body.offerId, null);
    assert.equal(r.body.platformProductId, 'prod_mail');
    assert.equal(r.body.productName, 'Business Mail');
    assert.equal(r.body.status, 'active');
    const external = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
      token: nwAdmin,
      body: {
        productId: 'crm-9000',
        tierId: 'gold',
        startsAt: '2026-11-01T00:00:00Z',
        endsAt: '2027-11-01T00:00:00Z',
        status: 'deactivated',
      },
    });
    assert.equal(external.body.platformProductId, 'crm-9000');
    assert.equal(external.body.tierId, 'gold');
  });

  it('checks start before end and refuses server-owned fields', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
      token: nwAdmin,
      body: {
        productId: 'prod_mail',
        startsAt: '2026-11-02T00:00:00Z',
        endsAt: '2026-11-01T00:00:00Z',
        manual: false,
        offerId: 'x',
      },
    });
    assert.equal(r.status, 422);
    assert.deepEqual(r.body.errors.map((e: { path: string }) => e.path).sort(), [
      'endsAt',
      'manual',
      'offerId',
    ]);
    const order = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
      token: nwAdmin,
      body: { productId: 'prod_mail', startsAt: '2026-11-02T00:00:00Z', endsAt: '2026-11-01T00:00:00Z' },
    });
    assert.equal(order.status, 422);
    assert.equal(order.body.errors[0].path, 'endsAt');
  });

  it('is for admins only', async () => {
    const r = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
      token: nwUser,
      body: { productId: 'prod_mail', startsAt: '2026-11-01T00:00:00Z' },
    });
    assert.equal(r.status, 403);
  });
});

describe('GET/PATCH/DELETE /access-rights/{id}', () => {
  it('changes manual rights only, with If-Match', async () => {
    const [manual] = (await list('manual=true')).items;
    const [generated] = (await list('manual=false')).items;
    const headers = (r: Right) => ({ 'If-Match': `"${r.version}"` });
    const one = await s.request('GET', `/api/access-rights/${manual!.id}`, { token: nwUser });
    assert.equal(one.headers.get('etag'), `"${manual!.version}"`);
    const locked = await s.request('PATCH', `/api/access-rights/${generated!.id}`, {
      token: nwAdmin,
      body: { status: 'deactivated' },
      headers: headers(generated!),
    });
    assert.equal(locked.status, 409);
    assert.equal(
      (
        await s.request('PATCH', `/api/access-rights/${manual!.id}`, {
          token: nwAdmin,
          body: { status: 'deactivated' },
        })
      ).status,
      428,
    );
    const ok = await s.request('PATCH', `/api/access-rights/${manual!.id}`, {
      token: nwAdmin,
      body: { status: 'deactivated' },
      headers: headers(manual!),
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.status, 'deactivated');
    assert.equal(ok.body.version, manual!.version + 1);
    const stale = await s.request('PATCH', `/api/access-rights/${manual!.id}`, {
      token: nwAdmin,
      body: { status: 'active' },
      headers: headers(manual!),
    });
    assert.equal(stale.status, 412);
  });

  it('checks the new start against the stored end', async () => {
    const right = (await list('manual=true')).items.find((r) => r.endsAt)!;
    const r = await s.request('PATCH', `/api/access-rights/${right.id}`, {
      token: nwAdmin,
      body: { startsAt: '2099-01-01T00:00:00Z' },
      headers: { 'If-Match': `"${right.version}"` },
    });
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].path, 'endsAt');
  });

  it('deletes manual rights only', async () => {
    const [generated] = (await list('manual=false')).items;
    assert.equal(
      (
        await s.request('DELETE', `/api/access-rights/${generated!.id}`, {
          token: nwAdmin,
          headers: { 'If-Match': `"${generated!.version}"` },
        })
      ).status,
      409,
    );
    const [manual] = (await list('manual=true&sort=id')).items;
    assert.equal(
      (
        await s.request('DELETE', `/api/access-rights/${manual!.id}`, {
          token: nwUser,
          headers: { 'If-Match': `"${manual!.version}"` },
        })
      ).status,
      403,
    );
    assert.equal(
      (await s.request('DELETE', `/api/access-rights/${manual!.id}`, { token: nwAdmin })).status,
      428,
    );
    const gone = await s.request('DELETE', `/api/access-rights/${manual!.id}`, {
      token: nwAdmin,
      headers: { 'If-Match': `"${manual!.version}"` },
    });
    assert.equal(gone.status, 204);
    assert.equal(
      (await s.request('GET', `/api/access-rights/${manual!.id}`, { token: nwAdmin })).status,
      404,
    );
  });
});
