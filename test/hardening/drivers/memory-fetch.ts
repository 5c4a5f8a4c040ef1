import type { ProvisioningClient, Versioned } from '../../../src/api/client.js';
import { ProvisioningError, isProvisioningError } from '../../../src/api/errors.js';

/**
 * The REST contract served from a memory client, as a `fetch`: what `createRestClient()` sends is
 * answered as the reference server would (status, JSON or problem+json, `ETag`, `If-Match` → 412/428),
 * so faults can be put between a REST client and a backend with real rules.
 */
export function memoryFetch(memory: ProvisioningClient): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    const body = (text ? JSON.parse(text) : undefined) as never;
    try {
      const [status, answer] = await route(memory, request, url, body);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const version = (answer as { version?: unknown } | undefined)?.version;
      if (typeof version === 'number') headers.ETag = `"${version}"`;
      return status === 204 ? new Response(null, { status }) : Response.json(answer, { status, headers });
    } catch (error) {
      const status = isProvisioningError(error) ? (error.status ?? 500) : 500;
      const problem = isProvisioningError(error)
        ? { title: error.message, status, detail: error.problem?.detail, errors: error.fieldErrors }
        : { title: String(error), status };
      return Response.json(problem, { status, headers: { 'Content-Type': 'application/problem+json' } });
    }
  }) as typeof fetch;
}

/** `offset`/`limit` as numbers, `true`/`false` as booleans, the rest as sent. */
function queryOf(url: URL): Record<string, never> {
  const query: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams) {
    query[name] =
      name === 'offset' || name === 'limit'
        ? Number(value)
        : value === 'true'
          ? true
          : value === 'false'
            ? false
            : value;
  }
  return query as Record<string, never>;
}

function versionOf(request: Request, id: string): Versioned {
  const match = request.headers.get('If-Match');
  if (!match) throw new ProvisioningError('precondition-failed', 'If-Match required', { status: 428 });
  return { id, version: Number(match.replace(/^W\//, '').replaceAll('"', '')) };
}

type Answer = [number, unknown];

async function route(m: ProvisioningClient, request: Request, url: URL, body: never): Promise<Answer> {
  const q = queryOf(url);
  const [, kind, id = '', list, sub] = url.pathname.split('/').map(decodeURIComponent);
  const method = request.method;
  const ok = async (value: unknown, status = 200): Promise<Answer> => [status, await value];
  const keyed = { idempotencyKey: request.headers.get('Idempotency-Key') ?? undefined };
  const key = `${method} ${kind}${list ? `/${list}` : ''}${sub ? `/${sub}` : ''}${id ? '' : '!'}`;
  switch (key) {
    case 'GET me!':
      return ok(m.me({ actingFor: request.headers.get('X-Act-As-Account') ?? undefined }));
    case 'GET product-types!':
      return ok({ items: await m.listProductTypes() });
    case 'GET permissions!':
      return ok({ items: await m.listPermissions() });
    case 'GET products!':
      return ok({ items: await m.listProducts() });
    case 'GET accounts':
      return ok(m.getAccount(id));
    case 'PATCH accounts':
      return ok(m.updateAccount(versionOf(request, id), body));
    case 'GET accounts/children':
      return ok(m.listChildAccounts(id, q));
    case 'POST accounts/children':
      return ok(m.createChildAccount(id, body, keyed), 201);
    case 'GET accounts/users':
      return ok(m.listUsers(id, q));
    case 'POST accounts/users':
      return ok(m.createUser(id, body, keyed), 201);
    case 'GET users':
      return ok(m.getUser(id));
    case 'PATCH users':
      return ok(m.updateUser(versionOf(request, id), body));
    case 'DELETE users':
      await m.deleteUser(versionOf(request, id));
      return [204, undefined];
    case 'POST users/password-link':
      return ok(m.sendPasswordLink(id));
    case 'GET accounts/access-rights':
      return ok(m.listAccessRights(id, q));
    case 'POST accounts/access-rights':
      return ok(m.createAccessRight(id, body, keyed), 201);
    case 'PATCH access-rights':
      return ok(m.updateAccessRight(versionOf(request, id), body));
    case 'DELETE access-rights':
      await m.deleteAccessRight(versionOf(request, id));
      return [204, undefined];
    case 'GET accounts/help':
      return ok(m.getHelpSettings(id));
    case 'PUT accounts/help': {
      const match = request.headers.get('If-Match');
      const version = match ? Number(match.replaceAll('"', '')) : undefined;
      return ok(m.putHelpSettings(id, { ...(body as object), version } as never));
    }
    case 'GET accounts/resources':
      return ok(m.listResources(id, q));
    case 'POST accounts/resources/move':
      return ok(m.moveResources(id, body));
    case 'PATCH resources':
      return ok(m.updateResource(versionOf(request, id), body));
    case 'GET accounts/audit-events':
      return ok(m.listAuditEvents(id, q));
    case 'POST accounts/imports':
      return ok(m.importRows(id, body, keyed));
    default:
      return [404, { title: `no route ${key}`, status: 404 }];
  }
}
