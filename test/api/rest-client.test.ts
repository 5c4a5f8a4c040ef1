import { expect } from '@open-wc/testing';
import { createRestClient, type RestClientOptions } from '../../src/api/rest.js';
import { ProvisioningError, type ErrorKind } from '../../src/api/errors.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { fakeFetch, hangingFetch, json, problem, type Responder } from './fake-fetch.js';

const demo = createDemoData();
const user = demo.users.find((u) => u.id === 'usr_nw_admin')!;
const account = demo.accounts.find((a) => a.id === 'acc_northwind')!;
const right = demo.accessRights.find((r) => r.manual)!;
const help = (({ accountId: _, ...settings }) => settings)(demo.help[0]!);

const BASE = 'https://api.example/v1';
/** Retries without real waiting. */
const FAST_RETRY = { limit: 2, delay: () => 1 };

function setup(respond: Responder, options: Partial<RestClientOptions> = {}) {
  const server = fakeFetch(respond);
  const client = createRestClient({ baseUrl: BASE, fetch: server.fetch, retry: FAST_RETRY, ...options });
  return { client, requests: server.requests };
}

/** The error a promise rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<ProvisioningError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ProvisioningError);
    return error as ProvisioningError;
  }
  throw new Error('expected a rejection');
}

async function expectKind(promise: Promise<unknown>, kind: ErrorKind): Promise<ProvisioningError> {
  const error = await rejection(promise);
  expect(error.kind, error.message).to.equal(kind);
  return error;
}

describe('createRestClient', () => {
  describe('options', () => {
    it('sends requests below an absolute baseUrl, with ids URI-encoded', async () => {
      const { client, requests } = setup(() => json(user));
      await client.getUser('usr/1 ä');
      expect(requests[0]!.url.href).to.equal(`${BASE}/users/usr%2F1%20%C3%A4`);
    });

    it('resolves a relative baseUrl against the page', async () => {
      const { client, requests } = setup(() => json(user), { baseUrl: '/api/' });
      await client.getUser('u1');
      expect(requests[0]!.url.href).to.equal(new URL('/api/users/u1', location.href).href);
    });

    it('asks getToken before each request and sends it as a bearer token', async () => {
      let n = 0;
      const { client, requests } = setup(() => json(user), { getToken: async () => `token-${++n}` });
      await client.getUser('u1');
      await client.getUser('u1');
      expect(requests.map((r) => r.headers.get('Authorization'))).to.deep.equal([
        'Bearer token-1',
        'Bearer token-2',
      ]);
    });

    it('sends no Authorization header when getToken has no token', async () => {
      const { client, requests } = setup(() => json(user), { getToken: () => null });
      await client.getUser('u1');
      expect(requests[0]!.headers.has('Authorization')).to.equal(false);
    });

    it('sends extra headers, fixed or computed per request', async () => {
      let n = 0;
      const fixed = setup(() => json(user), { headers: { 'X-Tenant': 'acme' } });
      await fixed.client.getUser('u1');
      expect(fixed.requests[0]!.headers.get('X-Tenant')).to.equal('acme');
      const computed = setup(() => json(user), { headers: () => ({ 'X-Call': String(++n) }) });
      await computed.client.getUser('u1');
      await computed.client.getUser('u1');
      expect(computed.requests.map((r) => r.headers.get('X-Call'))).to.deep.equal(['1', '2']);
    });

    it('passes credentials and sends the CSRF header only on unsafe methods', async () => {
      const { client, requests } = setup(
        (r) => (r.method === 'DELETE' ? new Response(null, { status: 204 }) : json(user)),
        {
          credentials: 'include',
          csrf: { header: 'X-CSRF-Token', token: () => 'csrf-1' },
        },
      );
      await client.getUser('u1');
      await client.updateUser(user, { name: 'New' });
      await client.createUser('acc_1', { name: 'A', email: 'a@example.com', role: 'user' });
      await client.deleteUser(user);
      expect(requests.map((r) => r.credentials)).to.deep.equal(['include', 'include', 'include', 'include']);
      expect(requests.map((r) => [r.method, r.headers.get('X-CSRF-Token')])).to.deep.equal([
        ['GET', null],
        ['PATCH', 'csrf-1'],
        ['POST', 'csrf-1'],
        ['DELETE', 'csrf-1'],
      ]);
    });

    it('uses the global fetch when none is given', async () => {
      const original = globalThis.fetch;
      const server = fakeFetch(() => json(user));
      globalThis.fetch = server.fetch;
      try {
        await createRestClient({ baseUrl: BASE }).getUser('u1');
      } finally {
        globalThis.fetch = original;
      }
      expect(server.requests).to.have.length(1);
    });

    it('overrides path templates', async () => {
      const { client, requests } = setup(() => json(user), { paths: { user: '/people/{id}/record' } });
      await client.getUser('a b');
      expect(requests[0]!.url.pathname).to.equal('/v1/people/a%20b/record');
    });

    it('sends the locale as Accept-Language, fixed or computed', async () => {
      let locale = 'de';
      const fixed = setup(() => json(user), { locale: 'fr-CH' });
      await fixed.client.getUser('u1');
      const computed = setup(() => json(user), { locale: () => locale });
      await computed.client.getUser('u1');
      locale = 'hu';
      await computed.client.getUser('u1');
      expect(fixed.requests[0]!.headers.get('Accept-Language')).to.equal('fr-CH');
      expect(computed.requests.map((r) => r.headers.get('Accept-Language'))).to.deep.equal(['de', 'hu']);
    });

    it('fails with kind timeout when no response arrives in time', async () => {
      const client = createRestClient({ baseUrl: BASE, fetch: hangingFetch, timeout: 20 });
      await expectKind(client.getUser('u1'), 'timeout');
    });
  });

  describe('requests', () => {
    it('puts list queries into the URL, leaving out undefined and writing booleans', async () => {
      const { client, requests } = setup(() => json({ items: [], total: 0 }));
      await client.listAccessRights('acc_1', {
        q: 'sim',
        manual: false,
        status: undefined,
        sort: '-startsAt',
        limit: 10,
      });
      const params = Object.fromEntries(requests[0]!.url.searchParams);
      expect(params).to.deep.equal({ q: 'sim', manual: 'false', sort: '-startsAt', limit: '10' });
    });

    it('unwraps the product type and permission lists', async () => {
      const { client, requests } = setup((r) =>
        json({ items: r.url.pathname.endsWith('/permissions') ? demo.permissions : demo.productTypes }),
      );
      expect(await client.listProductTypes()).to.deep.equal(demo.productTypes);
      expect(await client.listPermissions()).to.deep.equal(demo.permissions);
      expect(requests.map((r) => r.url.pathname)).to.deep.equal(['/v1/product-types', '/v1/permissions']);
    });

    it('asks to act for an account with X-Act-As-Account', async () => {
      const me = { user, account, role: 'admin', permissions: [], actingFor: account };
      const { client, requests } = setup(() => json(me));
      expect(await client.me({ actingFor: 'acc_northwind' })).to.deep.equal(me);
      await client.me();
      expect(requests.map((r) => r.headers.get('X-Act-As-Account'))).to.deep.equal(['acc_northwind', null]);
    });

    it('sends If-Match with the ETag the resource arrived with', async () => {
      const { client, requests } = setup(() => json(user, { headers: { ETag: 'W/"rev-abc"' } }));
      const loaded = await client.getUser(user.id);
      const updated = await client.updateUser(loaded, { name: 'Nora N.' });
      await client.updateUser(updated, { name: 'Nora' });
      expect(requests.map((r) => r.headers.get('If-Match'))).to.deep.equal([
        null,
        'W/"rev-abc"',
        'W/"rev-abc"',
      ]);
      expect(requests[1]!.body).to.deep.equal({ name: 'Nora N.' });
    });

    it('sends If-Match derived from the version when no ETag was seen', async () => {
      const { client, requests } = setup((r) =>
        r.method === 'DELETE'
          ? new Response(null, { status: 204 })
          : json(r.url.pathname.includes('/accounts/') ? account : right),
      );
      await client.updateAccount({ id: 'acc_northwind', version: 7 }, { notes: 'x' });
      await client.updateAccessRight({ id: right.id, version: 3 }, { status: 'deactivated' });
      expect(await client.deleteAccessRight({ id: right.id, version: 4 })).to.equal(undefined);
      expect(requests.map((r) => [r.method, r.headers.get('If-Match')])).to.deep.equal([
        ['PATCH', '"7"'],
        ['PATCH', '"3"'],
        ['DELETE', '"4"'],
      ]);
    });

    it('ignores whatever body a successful delete comes with', async () => {
      const { client } = setup(
        () => new Response('Deleted.', { status: 200, headers: { 'Content-Type': 'text/plain' } }),
      );
      expect(await client.deleteUser(user)).to.equal(undefined);
    });

    it('sends help settings with If-Match only when a version is given, never in the body', async () => {
      const { client, requests } = setup(() => json(help));
      const { ownerAccountId: _, version: __, ...fields } = help;
      await client.putHelpSettings('acc_acme', { ...fields, version: 5 });
      await client.putHelpSettings('acc_acme', fields);
      expect(requests.map((r) => r.headers.get('If-Match'))).to.deep.equal(['"5"', null]);
      expect(requests[0]!.body).to.deep.equal(fields);
      expect(requests[0]!.method).to.equal('PUT');
    });
  });

  describe('retries', () => {
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      it(`retries ${method} on 5xx up to the limit, then reports server`, async () => {
        const { client, requests } = setup(() => problem(503));
        const call = {
          GET: () => client.getUser('u1'),
          PUT: () => client.putHelpSettings('acc_acme', help),
          DELETE: () => client.deleteUser(user),
        }[method];
        const error = await expectKind(call(), 'server');
        expect(error.status).to.equal(503);
        expect(requests).to.have.length(3);
      });
    }

    it('never retries POST or PATCH', async () => {
      const { client, requests } = setup(() => problem(503));
      await expectKind(
        client.createUser('acc_1', { name: 'A', email: 'a@example.com', role: 'user' }),
        'server',
      );
      await expectKind(client.updateUser(user, { name: 'B' }), 'server');
      expect(requests.map((r) => r.method)).to.deep.equal(['POST', 'PATCH']);
    });

    it('succeeds when a retry does', async () => {
      const { client, requests } = setup((_, attempt) => (attempt === 0 ? problem(502) : json(user)));
      expect(await client.getUser('u1')).to.deep.equal(user);
      expect(requests).to.have.length(2);
    });

    it('retries 408 and 429 as well, and takes a number as the limit', async () => {
      const timeouts = setup(() => problem(408), { retry: { limit: 1, delay: () => 1 } });
      await expectKind(timeouts.client.getUser('u1'), 'timeout');
      expect(timeouts.requests).to.have.length(2);
      const limited = setup(() => problem(429, {}, { 'Retry-After': '0' }), { retry: 3 });
      await expectKind(limited.client.getUser('u1'), 'rate-limited');
      expect(limited.requests).to.have.length(4);
    });

    it('does not retry when retry is 0', async () => {
      const { client, requests } = setup(() => problem(500), { retry: 0 });
      await expectKind(client.getUser('u1'), 'server');
      expect(requests).to.have.length(1);
    });

    it('waits as long as Retry-After says', async () => {
      const times: number[] = [];
      const { client } = setup((_, attempt) => {
        times.push(performance.now());
        return attempt === 0 ? problem(429, {}, { 'Retry-After': '0.08' }) : json(user);
      });
      await client.getUser('u1');
      expect(times[1]! - times[0]!).to.be.at.least(70);
    });
  });

  describe('authentication', () => {
    it('after a 401 asks for a fresh token and repeats the request once', async () => {
      let n = 0;
      const onUnauthorized = () => expect.fail('onUnauthorized must not be called');
      const { client, requests } = setup(
        (r) => (r.headers.get('Authorization') === 'Bearer t2' ? json(user) : problem(401)),
        {
          getToken: () => `t${++n}`,
          onUnauthorized,
        },
      );
      expect(
        await client.createUser('acc_1', { name: 'A', email: 'a@example.com', role: 'user' }),
      ).to.deep.equal(user);
      expect(requests.map((r) => r.headers.get('Authorization'))).to.deep.equal(['Bearer t1', 'Bearer t2']);
    });

    it('reports unauthorized and calls onUnauthorized when the fresh token fails too', async () => {
      const seen: ProvisioningError[] = [];
      const { client, requests } = setup(() => problem(401), {
        getToken: () => 'stale',
        onUnauthorized: (e) => seen.push(e),
      });
      const error = await expectKind(client.getUser('u1'), 'unauthorized');
      expect(requests).to.have.length(2);
      expect(seen).to.deep.equal([error]);
    });

    it('reports unauthorized at once without getToken (a cookie session cannot refresh here)', async () => {
      const seen: ProvisioningError[] = [];
      const { client, requests } = setup(() => problem(401), { onUnauthorized: (e) => seen.push(e) });
      await expectKind(client.getUser('u1'), 'unauthorized');
      expect(requests).to.have.length(1);
      expect(seen).to.have.length(1);
    });

    it('reports a failing getToken as unauthorized', async () => {
      const { client, requests } = setup(() => json(user), {
        getToken: () => {
          throw new Error('no session');
        },
      });
      await expectKind(client.getUser('u1'), 'unauthorized');
      expect(requests).to.have.length(0);
    });
  });

  describe('errors', () => {
    const cases: Array<[number, ErrorKind]> = [
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'conflict'],
      [412, 'precondition-failed'],
      [428, 'precondition-failed'],
      [400, 'validation'],
      [500, 'server'],
    ];
    for (const [status, kind] of cases) {
      it(`maps ${status} to ${kind} with the problem details`, async () => {
        const { client } = setup(() => problem(status, { detail: 'Explained' }), { retry: 0 });
        const error = await expectKind(client.updateUser(user, { name: 'X' }), kind);
        expect(error.status).to.equal(status);
        expect(error.problem?.detail).to.equal('Explained');
        expect(error.message).to.contain('Explained');
      });
    }

    it('maps 422 field problems to fieldErrors', async () => {
      const errors = [
        { path: 'email', code: 'invalid_format', message: 'Not an e-mail address' },
        { path: 'primaryAdmin.name', code: 'too_small', message: 'Required' },
      ];
      const { client } = setup(() => problem(422, { errors }));
      const error = await expectKind(
        client.createUser('acc_1', { name: 'A', email: 'a@b.c', role: 'user' }),
        'validation',
      );
      expect(error.fieldErrors).to.deep.equal(errors);
      expect(error.fieldMessages().get('email')).to.deep.equal(['Not an e-mail address']);
    });

    it('tolerates error bodies that are not problem details', async () => {
      const { client } = setup(
        () => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
        {
          retry: 0,
        },
      );
      const error = await expectKind(client.getUser('u1'), 'server');
      expect(error.status).to.equal(502);
      expect(error.problem).to.equal(undefined);
      expect(error.fieldErrors).to.deep.equal([]);
    });

    it('reports malformed JSON as invalid-response', async () => {
      const { client } = setup(
        () => new Response('{"id": ', { headers: { 'Content-Type': 'application/json' } }),
      );
      await expectKind(client.getUser('u1'), 'invalid-response');
    });

    it('reports a body that does not match the schema, naming the first bad field', async () => {
      const { client } = setup((r) =>
        r.url.pathname.endsWith('/users')
          ? json({ items: [user, { ...user, id: 'u2', email: 'nope' }], total: 2 })
          : r.url.pathname.endsWith('/children')
            ? json({ items: 'none', total: 2 })
            : json({ ...user, role: 'root' }),
      );
      const single = await expectKind(client.getUser('u1'), 'invalid-response');
      expect(single.message).to.contain('role');
      // One bad row of a list is reported as unreadable, the others stay (issue 20).
      const list = await client.listUsers('acc_1');
      expect(list.items.map((u) => u.id)).to.deep.equal([user.id]);
      expect(list.total).to.equal(2);
      expect(list.unreadable).to.have.length(1);
      expect(list.unreadable![0]).to.include({ index: 1, id: 'u2' });
      expect(list.unreadable![0]!.reason).to.contain('email');
      // A page whose envelope is wrong is still an invalid response.
      const envelope = await expectKind(client.listChildAccounts('acc_1', {}), 'invalid-response');
      expect(envelope.message).to.contain('items');
    });

    it('reports an empty success body where a resource was expected as invalid-response', async () => {
      const { client } = setup(() => new Response(null, { status: 204 }));
      await expectKind(client.getAccount('acc_1'), 'invalid-response');
    });

    it('reports a failed fetch as network', async () => {
      const { client, requests } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
      await expectKind(
        client.createUser('acc_1', { name: 'A', email: 'a@example.com', role: 'user' }),
        'network',
      );
      expect(requests).to.have.length(1);
      await expectKind(client.getUser('u1'), 'network');
      expect(requests).to.have.length(4); // GET is idempotent: tried again twice.
    });

    it('reports aborted when the signal aborts before or during the request', async () => {
      const { client } = setup(() => json(user));
      await expectKind(client.getUser('u1', { signal: AbortSignal.abort() }), 'aborted');
      const during = createRestClient({ baseUrl: BASE, fetch: hangingFetch });
      const controller = new AbortController();
      const pending = during.getUser('u1', { signal: controller.signal });
      setTimeout(() => controller.abort(), 5);
      await expectKind(pending, 'aborted');
    });

    it('reports aborted when the signal aborts while waiting to retry', async () => {
      const controller = new AbortController();
      const { client } = setup(
        () => {
          setTimeout(() => controller.abort(), 5);
          return problem(503);
        },
        { retry: { limit: 2, delay: () => 10_000 } },
      );
      await expectKind(client.getUser('u1', { signal: controller.signal }), 'aborted');
    });
  });
});
