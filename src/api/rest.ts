import type * as z from 'zod/mini';
import {
  ACT_AS_HEADER,
  DEFAULT_PATHS,
  etagFor,
  type EndpointName,
  type ProvisioningClient,
  type Versioned,
} from './client.js';
import { ProvisioningError } from './errors.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { parseJson, parseResponse } from './rest-errors.js';
import {
  createTransport,
  type HttpMethod,
  type TransportOptions,
  type TransportRequest,
} from './rest-transport.js';
import {
  AccessRight,
  Account,
  AccountListItem,
  AuditEvent,
  HelpSettings,
  ImportResult,
  Me,
  PasswordLink,
  PermissionList,
  ProductList,
  ProductTypeList,
  Resource,
  ResourceMoveResult,
  User,
  readablePageOf,
} from './schemas/index.js';

// Lists are read row by row: a row the schema rejects is reported as unreadable, the rest stay.
const AccountPage = readablePageOf(AccountListItem);
const UserPage = readablePageOf(User);
const AccessRightPage = readablePageOf(AccessRight);
const AuditEventPage = readablePageOf(AuditEvent);
const ResourcePage = readablePageOf(Resource);

export type { ErrorMapper, HttpMethod, RestRetryOptions, TransportOptions } from './rest-transport.js';

/** How `createRestClient()` reaches the provisioning API. */
export interface RestClientOptions extends TransportOptions {
  /** Overrides of path templates; `{id}` is filled in and URI-encoded. */
  paths?: Partial<Record<EndpointName, string>>;
  /**
   * Rewrites a list's query parameters before they are sent, e.g. `offset`/`limit` into
   * `page`/`per_page` or `sort=-name` into `order_by=name&desc=true`.
   */
  mapQuery?: (query: QueryParams, endpoint: EndpointName) => QueryParams;
  /** Per endpoint: rewrites a request body (the contract's shape) into the API's before it is sent. */
  mapRequest?: Partial<Record<EndpointName, (body: unknown, method: HttpMethod) => unknown>>;
  /** Per endpoint: rewrites the API's response body into the contract's shape; the schemas then check it. */
  mapResponse?: Partial<Record<EndpointName, (body: unknown, method: HttpMethod) => unknown>>;
  /**
   * Whether creates and imports send an `Idempotency-Key` header, so that a create retried after a
   * lost answer is replayed, not refused as a duplicate (default `true`). Turn it off for an API that
   * refuses the header, e.g. a cross-origin one whose CORS preflight does not allow it.
   */
  idempotencyKeys?: boolean;
}

/** Query parameters of one request; undefined values are left out. */
export type QueryParams = NonNullable<TransportRequest['query']>;

/** A `ProvisioningClient` over HTTP: the REST API described in DESIGN.md, on ky. */
export function createRestClient(options: RestClientOptions): ProvisioningClient {
  const send = createTransport(options);
  const paths: Record<EndpointName, string> = { ...DEFAULT_PATHS, ...options.paths };
  /** The ETag each resource object arrived with, to send back in `If-Match`. */
  const etags = new WeakMap<object, string>();
  /** The account the page works on (`setActingFor`), sent as `X-Act-As-Account` for the audit trail. */
  let actingFor: string | undefined;
  /** The `Idempotency-Key` header of a create or import: the caller's key (the same on a retry) or a fresh one. */
  const keyed = (key: string | undefined) =>
    options.idempotencyKeys === false ? undefined : { 'Idempotency-Key': key ?? newIdempotencyKey() };

  const call = async <S extends z.ZodMiniType>(
    schema: S,
    method: HttpMethod,
    endpoint: EndpointName,
    id: string | undefined,
    request: Omit<TransportRequest, 'method' | 'path'> = {},
  ): Promise<z.infer<S>> => {
    const path = fillPath(paths[endpoint], id);
    const label = `${method} ${path}`;
    const headers = actingFor ? { [ACT_AS_HEADER]: actingFor, ...request.headers } : request.headers;
    const { mapQuery, mapRequest, mapResponse } = options;
    const query =
      request.query && mapQuery ? hook(label, () => mapQuery(request.query!, endpoint)) : request.query;
    const toApi = mapRequest?.[endpoint];
    const json =
      request.json !== undefined && toApi ? hook(label, () => toApi(request.json, method)) : request.json;
    const response = await send({ ...request, query, json, headers, method, path });
    const body = parseJson(response.text, label, response.status);
    const fromApi = mapResponse?.[endpoint];
    const parsed = parseResponse(
      schema,
      fromApi ? hook(label, () => fromApi(body, method), response.status) : body,
      label,
      response.status,
    );
    if (response.etag && typeof parsed === 'object' && parsed !== null) etags.set(parsed, response.etag);
    return parsed;
  };

  const ifMatch = (resource: object, version: number) => ({
    'If-Match': etags.get(resource) ?? etagFor(version),
  });

  const update = <S extends z.ZodMiniType>(
    schema: S,
    endpoint: EndpointName,
    resource: Versioned,
    patch: unknown,
    signal: AbortSignal | undefined,
  ) =>
    call(schema, 'PATCH', endpoint, resource.id, {
      signal,
      json: patch,
      headers: ifMatch(resource, resource.version),
    });

  const remove = async (endpoint: EndpointName, resource: Versioned, signal: AbortSignal | undefined) => {
    // Whatever body a successful delete carries, nothing in it is needed.
    await send({
      method: 'DELETE',
      path: fillPath(paths[endpoint], resource.id),
      signal,
      headers: {
        ...(actingFor ? { [ACT_AS_HEADER]: actingFor } : {}),
        ...ifMatch(resource, resource.version),
      },
    });
  };

  return {
    me: ({ actingFor, signal } = {}) =>
      call(Me, 'GET', 'me', undefined, {
        signal,
        headers: actingFor ? { [ACT_AS_HEADER]: actingFor } : undefined,
      }),

    getAccount: (id, { signal } = {}) => call(Account, 'GET', 'account', id, { signal }),
    updateAccount: (account, patch, { signal } = {}) => update(Account, 'account', account, patch, signal),
    listChildAccounts: (parentId, query, { signal } = {}) =>
      call(AccountPage, 'GET', 'children', parentId, { signal, query }),
    createChildAccount: (parentId, body, { signal, idempotencyKey } = {}) =>
      call(Account, 'POST', 'children', parentId, { signal, json: body, headers: keyed(idempotencyKey) }),

    listProductTypes: async ({ signal } = {}) =>
      (await call(ProductTypeList, 'GET', 'productTypes', undefined, { signal })).items,
    listPermissions: async ({ signal } = {}) =>
      (await call(PermissionList, 'GET', 'permissions', undefined, { signal })).items,
    listProducts: async ({ signal } = {}) =>
      (await call(ProductList, 'GET', 'products', undefined, { signal })).items,

    listUsers: (accountId, query, { signal } = {}) =>
      call(UserPage, 'GET', 'users', accountId, { signal, query }),
    createUser: (accountId, body, { signal, idempotencyKey } = {}) =>
      call(User, 'POST', 'users', accountId, { signal, json: body, headers: keyed(idempotencyKey) }),
    getUser: (id, { signal } = {}) => call(User, 'GET', 'user', id, { signal }),
    updateUser: (user, patch, { signal } = {}) => update(User, 'user', user, patch, signal),
    deleteUser: (user, { signal } = {}) => remove('user', user, signal),
    sendPasswordLink: (userId, { signal } = {}) =>
      call(PasswordLink, 'POST', 'passwordLink', userId, { signal }),

    listAccessRights: (accountId, query, { signal } = {}) =>
      call(AccessRightPage, 'GET', 'accessRights', accountId, { signal, query }),
    createAccessRight: (accountId, body, { signal, idempotencyKey } = {}) =>
      call(AccessRight, 'POST', 'accessRights', accountId, {
        signal,
        json: body,
        headers: keyed(idempotencyKey),
      }),
    updateAccessRight: (right, patch, { signal } = {}) =>
      update(AccessRight, 'accessRight', right, patch, signal),
    deleteAccessRight: (right, { signal } = {}) => remove('accessRight', right, signal),

    getHelpSettings: (accountId, { signal } = {}) => call(HelpSettings, 'GET', 'help', accountId, { signal }),
    putHelpSettings: (accountId, settings, { signal } = {}) => {
      // `version` travels in If-Match; the owner fields are dropped too, so a read object can be sent back as is.
      const { version, ...body }: Record<string, unknown> & { version?: number } = settings;
      delete body.ownerAccountId;
      delete body.ownerName;
      const headers = version === undefined ? undefined : ifMatch(settings, version);
      return call(HelpSettings, 'PUT', 'help', accountId, { signal, json: body, headers });
    },

    listAuditEvents: (accountId, query, { signal } = {}) =>
      call(AuditEventPage, 'GET', 'auditEvents', accountId, { signal, query }),
    setActingFor: (accountId) => {
      actingFor = accountId || undefined;
    },

    listResources: (accountId, query, { signal } = {}) =>
      call(ResourcePage, 'GET', 'resources', accountId, { signal, query }),
    updateResource: (resource, patch, { signal } = {}) =>
      update(Resource, 'resource', resource, patch, signal),
    moveResources: (accountId, body, { signal } = {}) =>
      call(ResourceMoveResult, 'POST', 'moveResources', accountId, { signal, json: body }),
    importRows: (accountId, body, { signal, idempotencyKey } = {}) =>
      call(ImportResult, 'POST', 'imports', accountId, {
        signal,
        json: body,
        ...(idempotencyKey ? { headers: keyed(idempotencyKey) } : {}),
      }),
  };
}

/** Runs a host's mapper; one that throws rejects the call with a `ProvisioningError`, never a raw error. */
function hook<T>(label: string, map: () => T, status?: number): T {
  try {
    return map();
  } catch (cause) {
    const kind = status === undefined ? 'validation' : 'invalid-response';
    throw new ProvisioningError(kind, `${label}: mapper failed: ${String(cause)}`, { status, cause });
  }
}

/** Fills `{id}` in a path template, URI-encoded. */
function fillPath(template: string, id: string | undefined): string {
  return id === undefined ? template : template.replaceAll('{id}', encodeURIComponent(id));
}
