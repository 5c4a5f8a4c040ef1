import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { ProductList } from '../../src/api/schemas/index.js';
import { NW_ADMIN, NW_USER, startTestServer, type TestServer } from './helpers.js';

let s: TestServer;
before(async () => {
  s = await startTestServer();
});
after(() => s.close());

describe('GET /products (issue 13)', () => {
  it('lists the platform products with ids and names, valid against the schema, by name', async () => {
    const r = await s.request('GET', '/api/products', { token: await s.login(NW_USER) });
    assert.equal(r.status, 200);
    assert.ok(z.safeParse(ProductList, r.body).success, 'a ProductList');
    const names = r.body.items.map((p: { name: string }) => p.name);
    assert.deepEqual(
      names,
      [...names].sort((a: string, b: string) => a.localeCompare(b, 'en')),
    );
    assert.ok(
      r.body.items.some(
        (p: { id: string; name: string }) => p.id === 'prod_mail' && p.name === 'Business Mail',
      ),
      'Business Mail is listed as prod_mail',
    );
    assert.equal(r.body.items.length, 6);
  });

  it('needs a signed-in principal', async () => {
    assert.equal((await s.request('GET', '/api/products')).status, 401);
  });

  it('is what a manual right created with a listed id resolves to', async () => {
    const admin = await s.login(NW_ADMIN);
    const products = await s.request('GET', '/api/products', { token: admin });
    const product = products.body.items[0] as { id: string; name: string };
    const created = await s.request('POST', '/api/accounts/acc_northwind/access-rights', {
      token: admin,
      body: { productId: product.id, startsAt: '2026-12-01T00:00:00Z' },
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.platformProductId, product.id);
    assert.equal(created.body.productName, product.name);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await s.request('GET', '/api/openapi.json');
    assert.ok(doc.body.paths['/products'].get, 'GET /products is documented');
    assert.ok(doc.body.components.schemas.ProductList, 'ProductList is in the OpenAPI components');
  });
});
