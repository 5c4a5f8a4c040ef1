import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { ResourceMoveResult, ResourcePage, type Resource } from '../../src/api/schemas/index.js';
import { NW_ADMIN, NW_USER, RESELLER, etagFor, startTestServer, type TestServer } from './helpers.js';

let s: TestServer;
let reseller: string;
let nwAdmin: string;
let nwUser: string;
let contosoAdmin: string;
before(async () => {
  s = await startTestServer();
  [reseller, nwAdmin, nwUser, contosoAdmin] = [
    await s.login(RESELLER),
    await s.login(NW_ADMIN),
    await s.login(NW_USER),
    await s.login('admin@contoso.example'),
  ];
});
after(() => s.close());

type Page = { items: Resource[]; total: number };
const list = async (token: string, account: string, query = '') => {
  const r = await s.request('GET', `/api/accounts/${account}/resources?limit=500&${query}`, { token });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.ok(z.safeParse(ResourcePage, r.body).success, 'page matches the schema');
  return r.body as Page;
};
const one = async (token: string, id: string) => {
  const r = await s.request('GET', `/api/resources/${id}`, { token });
  return r.status === 200 ? (r.body as Resource) : undefined;
};
const patch = (
  token: string,
  r: Pick<Resource, 'id' | 'version'>,
  body: unknown,
  ifMatch = etagFor(r.version),
) => s.request('PATCH', `/api/resources/${r.id}`, { token, body, headers: { 'If-Match': ifMatch } });
const move = (token: string, account: string, body: unknown) =>
  s.request('POST', `/api/accounts/${account}/resources/move`, { token, body });

describe('GET /accounts/{id}/resources', () => {
  it("lists an account's own resources by identifier, with account name and path", async () => {
    const page = await list(nwUser, 'acc_northwind');
    assert.ok(page.total >= 24, 'at least 24 resources');
    assert.ok(
      page.items.every((r) => r.accountId === 'acc_northwind' && r.accountName === 'Northwind Traders'),
      'only Northwind Traders resources',
    );
    assert.deepEqual(page.items[0]!.accountPath, ['Northwind Traders']);
    const ids = page.items.map((r) => r.identifier);
    assert.deepEqual(ids, [...ids].sort());
  });

  it('gives a reseller its whole subtree with include=descendants, paths from its own account', async () => {
    const own = await list(reseller, 'acc_acme');
    assert.ok(
      own.items.every((r) => r.accountId === 'acc_acme'),
      'only Acme resources',
    );
    const all = await list(reseller, 'acc_acme', 'include=descendants');
    const accounts = new Set(all.items.map((r) => r.accountId));
    for (const a of ['acc_acme', 'acc_northwind', 'acc_northwind_berlin', 'acc_contoso'])
      assert.ok(accounts.has(a), a);
    const berlin = all.items.find((r) => r.accountId === 'acc_northwind_berlin')!;
    assert.deepEqual(berlin.accountPath, ['Acme Telecom', 'Northwind Traders', 'Northwind Berlin']);
  });

  it('keeps a customer admin inside its scope', async () => {
    const r = await s.request('GET', '/api/accounts/acc_acme/resources', { token: nwAdmin });
    assert.equal(r.status, 404);
    const mine = await list(nwAdmin, 'acc_northwind', 'include=descendants');
    assert.deepEqual(
      new Set(mine.items.map((x) => x.accountId)),
      new Set(['acc_northwind', 'acc_northwind_berlin']),
    );
    const berlin = mine.items.find((x) => x.accountId === 'acc_northwind_berlin')!;
    assert.deepEqual(berlin.accountPath, ['Northwind Traders', 'Northwind Berlin']);
    assert.equal(await one(nwAdmin, 'res_ct001'), undefined, "Contoso's SIM is not found");
  });

  it('filters by account name, status, kind, over-alert and text', async () => {
    const berlin = await list(reseller, 'acc_acme', 'include=descendants&accountName=BERLIN');
    assert.ok(
      berlin.total > 0 && berlin.items.every((r) => r.accountName === 'Northwind Berlin'),
      'only Northwind Berlin resources',
    );
    const northwind = await list(reseller, 'acc_acme', 'include=descendants&accountName=northwind');
    assert.deepEqual(
      new Set(northwind.items.map((r) => r.accountName)),
      new Set(['Northwind Traders', 'Northwind Berlin']),
    );
    const over = await list(reseller, 'acc_acme', 'include=descendants&overAlert=true');
    assert.ok(over.total > 0, 'resources over their alert');
    assert.ok(
      over.items.every((r) => r.overAlert && r.cap && r.usage!.used >= r.cap.alert),
      'every listed resource is over its alert',
    );
    assert.ok(
      over.items.some((r) => r.overCap),
      'one SIM is over its cap',
    );
    const notOver = await list(reseller, 'acc_acme', 'include=descendants&overAlert=false');
    const all = await list(reseller, 'acc_acme', 'include=descendants');
    assert.equal(over.total + notOver.total, all.total);
    const suspended = await list(nwUser, 'acc_northwind', 'status=suspended');
    assert.ok(
      suspended.total > 0 && suspended.items.every((r) => r.status === 'suspended'),
      'only suspended resources',
    );
    const domains = await list(nwUser, 'acc_northwind', 'kind=domain');
    assert.deepEqual(
      domains.items.map((r) => r.identifier),
      ['northwind.example'],
    );
    const vans = await list(nwUser, 'acc_northwind', 'q=delivery%20VAN');
    assert.ok(
      vans.total > 0 && vans.items.every((r) => r.label.startsWith('Delivery van')),
      'only delivery vans',
    );
  });

  it('sorts by a whitelisted field, descending too, and rejects others', async () => {
    const byUse = await list(nwUser, 'acc_northwind', 'sort=-used&kind=sim');
    const used = byUse.items.map((r) => r.usage!.used);
    assert.deepEqual(
      used,
      [...used].sort((a, b) => b - a),
    );
    const byAccount = await list(reseller, 'acc_acme', 'include=descendants&sort=accountName');
    const names = byAccount.items.map((r) => r.accountName.toLowerCase());
    assert.deepEqual(names, [...names].sort());
    const bad = await s.request(
      'GET',
      '/api/accounts/acc_northwind/resources?sort=usage_used&overAlert=maybe',
      {
        token: nwUser,
      },
    );
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), ['overAlert', 'sort']);
  });
});

describe('PATCH /resources/{id}', () => {
  it('enabling a cap sets the alert at 80 %; the admin may change it, or remove the cap', async () => {
    const sim = (await one(nwAdmin, 'res_nw004'))!;
    assert.equal(sim.cap, null);
    const capped = await patch(nwAdmin, sim, { cap: { limit: 500 } });
    assert.equal(capped.status, 200, JSON.stringify(capped.body));
    assert.deepEqual(capped.body.cap, { limit: 500, alert: 400 });
    assert.equal(capped.headers.get('ETag'), etagFor(sim.version + 1));
    const changed = await patch(nwAdmin, capped.body, {
      cap: { limit: 500, alert: 450 },
      label: 'Forklift 1 (yard)',
    });
    assert.deepEqual(changed.body.cap, { limit: 500, alert: 450 });
    assert.equal(changed.body.label, 'Forklift 1 (yard)');
    const removed = await patch(nwAdmin, changed.body, { cap: null });
    assert.equal(removed.body.cap, null);
    assert.equal(removed.body.overAlert, false);
  });

  it('flags usage over the alert and over the cap from the stored usage', async () => {
    const sim = (await one(nwAdmin, 'res_nw002'))!; // 35 % of 1 GB
    const r = await patch(nwAdmin, sim, { cap: { limit: 400, alert: 300 } });
    assert.equal(r.body.overAlert, true);
    assert.equal(r.body.overCap, false);
    const tighter = await patch(nwAdmin, r.body, { cap: { limit: 200 } });
    assert.deepEqual([tighter.body.overAlert, tighter.body.overCap], [true, true]);
  });

  it('needs If-Match and the version read', async () => {
    const sim = (await one(nwAdmin, 'res_nw005'))!;
    const none = await s.request('PATCH', `/api/resources/${sim.id}`, {
      token: nwAdmin,
      body: { label: 'x' },
    });
    assert.equal(none.status, 428);
    const stale = await patch(nwAdmin, sim, { label: 'x' }, etagFor(sim.version + 7));
    assert.equal(stale.status, 412);
    assert.equal((await one(nwAdmin, sim.id))!.label, sim.label);
  });

  it('rejects an alert above the cap, a cap without usage, and unknown fields', async () => {
    const sim = (await one(nwAdmin, 'res_nw006'))!;
    const above = await patch(nwAdmin, sim, { cap: { limit: 100, alert: 101 } });
    assert.equal(above.status, 422);
    assert.deepEqual(
      above.body.errors.map((e: { path: string }) => e.path),
      ['cap.alert'],
    );
    const domain = (await one(nwAdmin, 'res_dom_nw1'))!;
    const noUsage = await patch(nwAdmin, domain, { cap: { limit: 10 } });
    assert.equal(noUsage.status, 422);
    assert.equal(noUsage.body.errors[0].code, 'no-usage');
    const unknown = await patch(nwAdmin, sim, { accountId: 'acc_contoso' });
    assert.equal(unknown.status, 422);
  });

  it('is for administrators of the scope only', async () => {
    const sim = (await one(nwUser, 'res_nw007'))!;
    assert.equal((await patch(nwUser, sim, { label: 'mine' })).status, 403);
    const foreign = (await one(contosoAdmin, 'res_ct002'))!;
    assert.equal((await patch(nwAdmin, foreign, { label: 'mine' })).status, 404);
  });
});

describe('POST /accounts/{id}/resources/move', () => {
  it('moves three SIMs from the reseller stock to Northwind Berlin, where its admin sees them', async () => {
    const ids = ['res_acme001', 'res_acme002', 'res_acme003'];
    const r = await move(reseller, 'acc_acme', { ids, to: 'acc_northwind_berlin' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.ok(z.safeParse(ResourceMoveResult, r.body).success, 'a ResourceMoveResult');
    assert.deepEqual([r.body.moved, r.body.unchanged, r.body.failed], [3, 0, 0]);
    const seen = await list(nwAdmin, 'acc_northwind_berlin');
    for (const id of ids) {
      const sim = seen.items.find((x) => x.id === id);
      assert.ok(sim, id);
      assert.equal(sim.version, 2);
    }
    const again = await move(reseller, 'acc_acme', { ids: [ids[0]], to: 'acc_northwind_berlin' });
    assert.deepEqual(again.body.results, [{ id: ids[0], outcome: 'unchanged' }]);
  });

  it('writes one audit event per resource moved and per cap change, with the actor', async () => {
    const audit = async (account: string, action: string) =>
      (
        await s.request('GET', `/api/accounts/${account}/audit-events?action=${action}&limit=100`, {
          token: reseller,
        })
      ).body.items as { targetId: string; actorUserId: string; fields: string[]; accountId: string }[];
    const moves = await audit('acc_northwind_berlin', 'resource.move');
    for (const id of ['res_acme001', 'res_acme002', 'res_acme003']) {
      const event = moves.find((e) => e.targetId === id);
      assert.ok(event, id);
      assert.equal(event.actorUserId, 'usr_acme_admin');
      assert.deepEqual(event.fields, ['accountId']);
    }
    assert.equal(
      moves.filter((e) => e.targetId === 'res_acme001').length,
      1,
      'an unchanged move writes nothing',
    );
    const caps = await audit('acc_northwind', 'resource.cap');
    const capped = caps.filter((e) => e.targetId === 'res_nw004');
    assert.ok(capped.length >= 3, 'set, change and remove are each recorded');
    assert.ok(
      capped.every((e) => e.actorUserId === 'usr_nw_admin' && e.fields.some((f) => f.startsWith('cap'))),
      'every cap event is by the Northwind admin and names a cap field',
    );
  });

  it('refuses a target outside the scope as a whole: a Northwind admin cannot move a SIM into Contoso', async () => {
    const before = await list(nwAdmin, 'acc_northwind', 'include=descendants');
    const r = await move(nwAdmin, 'acc_northwind', { ids: ['res_nw010', 'res_nw011'], to: 'acc_contoso' });
    assert.equal(r.status, 422);
    assert.deepEqual(
      r.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['to', 'not-found']],
    );
    const after = await list(nwAdmin, 'acc_northwind', 'include=descendants');
    assert.deepEqual(
      after.items.map((x) => [x.id, x.accountId, x.version]),
      before.items.map((x) => [x.id, x.accountId, x.version]),
    );
    const contoso = await list(contosoAdmin, 'acc_contoso');
    assert.ok(
      !contoso.items.some((x) => x.id === 'res_nw010' || x.id === 'res_nw011'),
      'the refused move left nothing in Contoso',
    );
  });

  it('reports a foreign or unknown id as an error of that item, never a move; the others move', async () => {
    const r = await move(nwAdmin, 'acc_northwind', {
      ids: ['res_nw012', 'res_ct003', 'res_nope', 'res_nw013'],
      to: 'acc_northwind_berlin',
    });
    assert.equal(r.status, 200);
    assert.deepEqual(
      r.body.results.map((x: { id: string; outcome: string; code?: string }) => [x.id, x.outcome, x.code]),
      [
        ['res_nw012', 'moved', undefined],
        ['res_ct003', 'failed', 'not-found'],
        ['res_nope', 'failed', 'not-found'],
        ['res_nw013', 'moved', undefined],
      ],
    );
    const contoso = await list(contosoAdmin, 'acc_contoso');
    assert.equal(contoso.items.find((x) => x.id === 'res_ct003')?.accountId, 'acc_contoso');
  });

  it('moves by query less exceptions, only within the listed account', async () => {
    const query = { q: 'Vending machine', include: 'descendants' };
    const matching = await list(reseller, 'acc_acme', 'include=descendants&q=vending%20machine');
    const contosoOnes = matching.items.filter((x) => x.accountId === 'acc_contoso').map((x) => x.id);
    assert.ok(contosoOnes.length >= 1, 'the query matches a Contoso resource');
    const nwOnes = matching.items.filter((x) => x.accountId.startsWith('acc_northwind')).map((x) => x.id);
    const [kept, ...rest] = nwOnes;
    const r = await move(nwAdmin, 'acc_northwind', { query, except: [kept], to: 'acc_northwind' });
    assert.equal(r.status, 200);
    const outcomes = new Map(r.body.results.map((x: { id: string; outcome: string }) => [x.id, x.outcome]));
    assert.ok(!outcomes.has(kept), 'the exception is left out');
    for (const id of contosoOnes) assert.ok(!outcomes.has(id), 'Contoso is outside the Northwind list');
    for (const id of rest) assert.ok(outcomes.has(id), `${id} has an outcome`);
    const after = await list(nwAdmin, 'acc_northwind', 'include=descendants&q=vending%20machine');
    for (const id of rest) assert.equal(after.items.find((x) => x.id === id)?.accountId, 'acc_northwind');
  });

  it('is for administrators; bodies are checked', async () => {
    assert.equal(
      (await move(nwUser, 'acc_northwind', { ids: ['res_nw014'], to: 'acc_northwind_berlin' })).status,
      403,
    );
    assert.equal((await move(nwAdmin, 'acc_northwind', { ids: [], to: 'acc_northwind_berlin' })).status, 422);
    assert.equal((await move(nwAdmin, 'acc_northwind', { to: 'acc_northwind_berlin' })).status, 422);
    assert.equal(
      (await move(nwAdmin, 'acc_acme', { ids: ['res_acme010'], to: 'acc_northwind' })).status,
      404,
    );
  });

  it('is one transaction: a failure inside it moves nothing', async () => {
    // A check the database enforces makes the update fail after the rows were read and locked.
    const before = await list(reseller, 'acc_acme');
    const r = await move(reseller, 'acc_acme', {
      ids: before.items.slice(5, 9).map((x) => x.id),
      to: 'acc_northwind',
    });
    assert.equal(r.body.moved, 4);
    await s.db.query(
      "ALTER TABLE resources ADD CONSTRAINT test_no_contoso CHECK (account_id <> 'acc_hu_kft')",
    );
    try {
      const ids = before.items.slice(10, 14).map((x) => x.id);
      const failed = await move(reseller, 'acc_acme', { ids, to: 'acc_hu_kft' });
      assert.equal(failed.status, 500);
      const stock = await list(reseller, 'acc_acme');
      for (const id of ids)
        assert.ok(
          stock.items.some((x) => x.id === id),
          `${id} stayed`,
        );
    } finally {
      await s.db.query('ALTER TABLE resources DROP CONSTRAINT test_no_contoso');
    }
  });
});

describe('OpenAPI', () => {
  it('documents the resource endpoints from the schemas', async () => {
    const doc = (await s.request('GET', '/api/openapi.json')).body;
    assert.ok(doc.paths['/accounts/{id}/resources'].get, 'GET account resources is documented');
    assert.ok(
      doc.paths['/accounts/{id}/resources/move'].post.requestBody,
      'the move documents a request body',
    );
    assert.ok(
      doc.paths['/resources/{id}'].patch.parameters.some((p: { name: string }) => p.name === 'If-Match'),
      'PATCH resource documents If-Match',
    );
    assert.ok(doc.components.schemas.Resource.properties.accountPath, 'Resource documents accountPath');
    const params = doc.paths['/accounts/{id}/resources'].get.parameters.map((p: { name: string }) => p.name);
    for (const name of ['q', 'accountName', 'status', 'overAlert', 'sort', 'offset', 'limit', 'include'])
      assert.ok(params.includes(name), name);
  });
});
