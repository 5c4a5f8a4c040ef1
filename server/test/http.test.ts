import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PATHS } from '../../src/api/client.js';
import { CONTENT_SECURITY_POLICY } from '../http/security-headers.js';
import { NW_ADMIN, startTestServer, type TestServer } from './helpers.js';

let s: TestServer;
let production: TestServer;
before(async () => {
  const dist = await mkdtemp(join(tmpdir(), 'tk-dist-'));
  await writeFile(join(dist, 'tenantkit.min.js'), 'export const x = 1;');
  s = await startTestServer({ allowedOrigins: ['https://portal.reseller.example'], distDir: dist });
  production = await startTestServer({ devTools: false });
});
after(async () => {
  await s.close();
  await production.close();
});

describe('OpenAPI', () => {
  it('is an OpenAPI 3.1 document listing every path of the contract with its methods', async () => {
    const r = await s.request('GET', '/api/openapi.json');
    assert.equal(r.status, 200);
    const doc = r.body;
    assert.equal(doc.openapi, '3.1.0');
    for (const path of Object.values(DEFAULT_PATHS)) assert.ok(doc.paths[path], `missing ${path}`);
    for (const path of ['/auth/login', '/auth/logout', '/auth/password-links/{token}'])
      assert.ok(doc.paths[path], `missing ${path}`);
    assert.deepEqual(Object.keys(doc.paths[DEFAULT_PATHS.user]).sort(), ['delete', 'get', 'patch']);
    assert.deepEqual(Object.keys(doc.paths[DEFAULT_PATHS.help]).sort(), ['get', 'put']);
    // Every $ref resolves, and schemas come from zod (strict objects forbid extra properties).
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of refs) assert.ok(doc.components.schemas[ref.split('/').pop()!], ref);
    assert.equal(doc.components.schemas.UserCreate.additionalProperties, false);
    assert.ok(doc.components.schemas.User.properties.passwordLink, 'User documents passwordLink');
    assert.ok(
      !JSON.stringify(doc.components.schemas.User).includes('"password"'),
      'User documents no password',
    );
    const listParams = doc.paths[DEFAULT_PATHS.accessRights].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    for (const name of ['id', 'q', 'sort', 'offset', 'limit', 'status', 'manual', 'validOn'])
      assert.ok(listParams.includes(name), name);
  });
});

describe('errors', () => {
  it('answers unknown routes with a 404 problem', async () => {
    const token = await s.login(NW_ADMIN);
    for (const path of ['/api/nothing', '/api/accounts', '/api/users/usr_nw_user/nothing', '/nothing.html']) {
      const r = await s.request('GET', path, { token });
      assert.equal(r.status, 404, path);
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
      assert.equal(r.body.title, 'Not found');
    }
  });

  it('hides internal errors behind a bare 500 problem', async () => {
    const token = await s.login(NW_ADMIN);
    const original = s.db.query;
    s.db.query = async () => {
      throw Object.assign(new Error('relation "secret_table" does not exist'), { stack: 'at secret.ts:1' });
    };
    const error = console.error;
    console.error = () => {};
    try {
      const r = await s.request('GET', '/api/permissions', { token });
      assert.equal(r.status, 500);
      assert.ok(!JSON.stringify(r.body).includes('secret'), 'the answer leaks no secret');
    } finally {
      s.db.query = original;
      console.error = error;
    }
  });
});

describe('CORS', () => {
  it('allows the own and configured origins only, exposing ETag', async () => {
    const preflight = await s.app.request('/api/accounts/acc_x', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://portal.reseller.example',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'if-match, x-act-as-account',
      },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://portal.reseller.example');
    const allowed = preflight.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of [
      'if-match',
      'authorization',
      'accept-language',
      'x-act-as-account',
      'x-csrf-token',
      'content-type',
    ])
      assert.ok(allowed.includes(h), h);
    const own = await s.app.request('/api/openapi.json', { headers: { Origin: 'http://tenantkit.test' } });
    assert.equal(own.headers.get('access-control-allow-origin'), 'http://tenantkit.test');
    assert.match(own.headers.get('access-control-expose-headers')!, /ETag/);
    const evil = await s.app.request('/api/openapi.json', { headers: { Origin: 'https://evil.example' } });
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
  });
});

describe('pages and files', () => {
  it('serves the portal and the library under the strict CSP, 404 for missing files', async () => {
    const index = await s.app.request('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type')!, /text\/html/);
    assert.equal(index.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    const setPassword = await s.app.request('/set-password?token=abc');
    assert.equal(setPassword.status, 200);
    const lib = await s.app.request('/tenantkit/tenantkit.min.js');
    assert.equal(lib.status, 200);
    assert.match(lib.headers.get('content-type')!, /javascript/);
    assert.equal((await s.app.request('/tenantkit/missing.js')).status, 404);
    assert.equal((await s.app.request('/tenantkit/../package.json')).status, 404);
    assert.equal((await s.app.request('/tenantkit/%2e%2e/package.json')).status, 404);
  });
});

describe('development outbox', () => {
  it('shows sent mail as JSON and as a page', async () => {
    const token = await s.login(NW_ADMIN);
    await s.request('POST', '/api/accounts/acc_northwind/users', {
      token,
      body: { name: 'Otto <b>Outbox</b>', email: 'otto@northwind.example', role: 'user' },
    });
    const json = await s.request('GET', '/api/dev/outbox');
    assert.equal(json.status, 200);
    assert.equal(json.body.items[0].to, 'otto@northwind.example');
    assert.match(json.body.items[0].linkUrl, /^http:\/\/tenantkit\.test\/set-password\?token=/);
    const page = await s.app.request('/dev/outbox');
    const html = await page.text();
    assert.match(html, /otto@northwind\.example/);
    assert.ok(!html.includes('<b>Outbox</b>'), 'mail content is escaped');
    assert.equal(page.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  });

  it('does not exist in production', async () => {
    assert.equal((await production.request('GET', '/api/dev/outbox')).status, 404);
    assert.equal((await production.app.request('/dev/outbox')).status, 404);
  });
});
