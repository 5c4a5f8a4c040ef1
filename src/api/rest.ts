import type * as z from 'zod/mini';
import {
  ACT_AS_HEADER,
  DEFAULT_PATHS,
  etagFor,
  type EndpointName,
  type ProvisioningClient,
  type Versioned,
} from './client.js';
import type { ProvisioningError } from './errors.js';
import { parseResponse } from './rest-errors.js';
import {
  createTransport,
  type HttpMethod,
  type RestRetryOptions,
  type TransportRequest,
} from './rest-transport.js';
import {
  AccessRight,
  AccessRightPage,
  Account,
  AccountPage,
  HelpSettings,
  Me,
  PasswordLink,
  PermissionList,
  ProductTypeList,
  User,
  UserPage,
} from './schemas/index.js';

export type { RestRetryOptions } from './rest-transport.js';

/** How `createRestClient()` reaches the provisioning API. */
export interface RestClientOptions {
  /** Where the API lives, absolute or relative to the page (`/api`). */
  baseUrl: string;
  /**
   * Returns the bearer token; called before every request, so keep tokens in memory and hand out the
   * current one. After a 401 it is called once more and the request repeated once.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Extra headers, or a function returning them for each request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** `include` for cookie sessions on another origin. */
  credentials?: RequestCredentials;
  /** A CSRF token sent in `header` on POST, PUT, PATCH and DELETE (cookie-session backends). */
  csrf?: { header: string; token: () => string | null };
  /** Replaces the transport (tests, proxies); defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each response before failing with kind `timeout` (default 15000). */
  timeout?: number;
  /**
   * Automatic retries of GET, PUT and DELETE after a network failure or a 408, 429, 500, 502, 503 or 504,
   * with exponential backoff, waiting as long as `Retry-After` says. POST and PATCH never retry.
   * A number is the limit (default 2).
   */
  retry?: number | RestRetryOptions;
  /** Overrides of path templates; `{id}` is filled in and URI-encoded. */
  paths?: Partial<Record<EndpointName, string>>;
  /** Sent as `Accept-Language`. */
  locale?: string | (() => string);
  /** Called when a request ends `unauthorized` even after a fresh token (e.g. to send the user to sign in). */
  onUnauthorized?: (error: ProvisioningError) => void;
}

/** A `ProvisioningClient` over HTTP: the REST API described in DESIGN.md, on ky. */
export function createRestClient(options: RestClientOptions): ProvisioningClient {
  const send = createTransport(options);
  const paths: Record<EndpointName, string> = { ...DEFAULT_PATHS, ...options.paths };
  /** The ETag each resource object arrived with, to send back in `If-Match`. */
  const etags = new WeakMap<object, string>();

  const call = async <S extends z.ZodMiniType>(
    schema: S,
    method: HttpMethod,
    endpoint: EndpointName,
    id: string | undefined,
    request: Omit<TransportRequest, 'method' | 'path'> = {},
  ): Promise<z.infer<S>> => {
    const path = fillPath(paths[endpoint], id);
    const response = await send({ ...request, method, path });
    const parsed = parseResponse(schema, response.body, `${method} ${path}`, response.status);
    if (response.etag && typeof parsed === 'object' && parsed !== null) etags.set(parsed, response.etag);
    return parsed;
  };

  const ifMatch = (resource: object, version: number) => ({
    'If-Match': etags.get(resource) ?? etagFor(version),
  });

  return {
    me: ({ actingFor, signal } = {}) =>
      call(Me, 'GET', 'me', undefined, {
        signal,
        headers: actingFor ? { [ACT_AS_HEADER]: actingFor } : undefined,
      }),

    getAccount: (id, { signal } = {}) => call(Account, 'GET', 'account', id, { signal }),
    updateAccount: (account, patch, { signal } = {}) =>
      call(Account, 'PATCH', 'account', account.id, {
        signal,
        json: patch,
        headers: ifMatch(account, account.version),
      }),
    listChildAccounts: (parentId, query, { signal } = {}) =>
      call(AccountPage, 'GET', 'children', parentId, { signal, query }),
    createChildAccount: (parentId, body, { signal } = {}) =>
      call(Account, 'POST', 'children', parentId, { signal, json: body }),

    listProductTypes: async ({ signal } = {}) =>
      (await call(ProductTypeList, 'GET', 'productTypes', undefined, { signal })).items,
    listPermissions: async ({ signal } = {}) =>
      (await call(PermissionList, 'GET', 'permissions', undefined, { signal })).items,

    listUsers: (accountId, query, { signal } = {}) =>
      call(UserPage, 'GET', 'users', accountId, { signal, query }),
    createUser: (accountId, body, { signal } = {}) =>
      call(User, 'POST', 'users', accountId, { signal, json: body }),
    getUser: (id, { signal } = {}) => call(User, 'GET', 'user', id, { signal }),
    updateUser: (user, patch, { signal } = {}) =>
      call(User, 'PATCH', 'user', user.id, { signal, json: patch, headers: ifMatch(user, user.version) }),
    deleteUser: async (user, { signal } = {}) => {
      await send({
        method: 'DELETE',
        path: fillPath(paths.user, user.id),
        signal,
        headers: ifMatch(user, user.version),
      });
    },
    sendPasswordLink: (userId, { signal } = {}) =>
      call(PasswordLink, 'POST', 'passwordLink', userId, { signal }),

    listAccessRights: (accountId, query, { signal } = {}) =>
      call(AccessRightPage, 'GET', 'accessRights', accountId, { signal, query }),
    createAccessRight: (accountId, body, { signal } = {}) =>
      call(AccessRight, 'POST', 'accessRights', accountId, { signal, json: body }),
    updateAccessRight: (right, patch, { signal } = {}) =>
      call(AccessRight, 'PATCH', 'accessRight', right.id, {
        signal,
        json: patch,
        headers: ifMatch(right, right.version),
      }),
    deleteAccessRight: async (right: Versioned, { signal } = {}) => {
      await send({
        method: 'DELETE',
        path: fillPath(paths.accessRight, right.id),
        signal,
        headers: ifMatch(right, right.version),
      });
    },

    getHelpSettings: (accountId, { signal } = {}) => call(HelpSettings, 'GET', 'help', accountId, { signal }),
    putHelpSettings: (accountId, settings, { signal } = {}) => {
      // `version` travels in If-Match; `ownerAccountId` is dropped too, so a read object can be sent back as is.
      const { version, ...body }: Record<string, unknown> & { version?: number } = settings;
      delete body.ownerAccountId;
      const headers = version === undefined ? undefined : ifMatch(settings, version);
      return call(HelpSettings, 'PUT', 'help', accountId, { signal, json: body, headers });
    },
  };
}

/** Fills `{id}` in a path template, URI-encoded. */
function fillPath(template: string, id: string | undefined): string {
  return id === undefined ? template : template.replaceAll('{id}', encodeURIComponent(id));
}
