import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NW_ADMIN, startTestServer, type TestServer } from './helpers.js';

let s: TestServer;
let admin: string;
before(async () => {
  s = await startTestServer();
  admin = await s.login(NW_ADMIN);
  for (const [name, email] of [
    ['Zsófia Zöld', 'zsofia@northwind.example'],
    ['Élő-Nagy Ágnes', 'agnes@northwind.example'],
    ['Ágnes Aranyi', 'aranyi@northwind.example'],
  ] as const) {
    const r = await s.request('POST', '/api/accounts/acc_northwind/users', {
      token: admin,
      body: { name, email, role: 'user' },
    });
    assert.equal(r.status, 201);
  }
});
after(() => s.close());

describe('accents (issue 13)', () => {
  it('search ignores accents and case: "elo-nagy" finds "Élő-Nagy"', async () => {
    const r = await s.request('GET', '/api/accounts/acc_northwind/users?q=elo-nagy', { token: admin });
    assert.deepEqual(
      r.body.items.map((u: { name: string }) => u.name),
      ['Élő-Nagy Ágnes'],
    );
    const accented = await s.request(
      'GET',
      `/api/accounts/acc_northwind/users?q=${encodeURIComponent('ÉLŐ')}`,
      {
        token: admin,
      },
    );
    assert.equal(accented.body.total, 1);
  });

  it('sorts names on the folded key: "Ágnes" before "Zsófia", either direction', async () => {
    const names = async (sort: string) =>
      (
        await s.request('GET', `/api/accounts/acc_northwind/users?sort=${sort}&limit=500`, { token: admin })
      ).body.items.map((u: { name: string }) => u.name) as string[];
    const up = await names('name');
    assert.ok(up.indexOf('Ágnes Aranyi') < up.indexOf('Zsófia Zöld'), up.join(', '));
    assert.ok(
      up.indexOf('Élő-Nagy Ágnes') < up.indexOf('Zsófia Zöld'),
      'Élő-Nagy Ágnes sorts before Zsófia Zöld',
    );
    assert.ok(
      up.indexOf('Ágnes Aranyi') < up.indexOf('Élő-Nagy Ágnes'),
      'Ágnes Aranyi sorts before Élő-Nagy Ágnes',
    );
    const down = await names('-name');
    const mine = (list: string[]) => list.filter((n) => /Zsófia Zöld|Élő-Nagy Ágnes|Ágnes Aranyi/.test(n));
    assert.deepEqual(mine(down), mine(up).reverse());
    assert.deepEqual(mine(up), ['Ágnes Aranyi', 'Élő-Nagy Ágnes', 'Zsófia Zöld']);
  });

  it('searches access rights accent-insensitively too, by product name', async () => {
    const r = await s.request(
      'GET',
      '/api/accounts/acc_northwind/access-rights?q=BUSINESS%20mail&limit=500',
      {
        token: admin,
      },
    );
    assert.equal(r.status, 200);
    assert.ok(r.body.items.length > 0, 'the accent-insensitive search finds rights');
    assert.ok(
      r.body.items.every((a: { productName: string }) => a.productName === 'Business Mail'),
      'only Business Mail rights',
    );
  });

  it('indexes the folded search text and the folded name', async () => {
    const indexes = await s.db.query<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE tablename = 'users' AND indexname IN ('users_search', 'users_account_name_key')",
    );
    assert.equal(indexes.length, 2);
  });
});
