import type { CallOptions, ProvisioningClient, Versioned } from '../client.js';
import { ProvisioningError } from '../errors.js';
import { parseJson, parseResponse } from '../rest-errors.js';
import { createTransport, type TransportOptions, type TransportRequest } from '../rest-transport.js';
import * as z from 'zod/mini';
import { User, readablePageOf } from '../schemas/index.js';
import { scimErrorMapper } from './errors.js';
import {
  toFilter,
  toMembershipPatchOp,
  toPatchOp,
  toScimCreate,
  toSort,
  toUser,
  unstorable,
  type ScimAccessMapping,
} from './mapping.js';
import { ScimListResponse, ScimServiceProviderConfig, ScimUser } from './schemas.js';

/** How `createScimClient()` reaches a SCIM 2.0 service provider. */
export interface ScimClientOptions extends Omit<TransportOptions, 'mapError'> {
  /** The provider's SCIM base URL, the part before `/Users` (`https://idp.example/scim/v2`). */
  baseUrl: string;
  /** The tenantkit account whose users the provider holds: SCIM has no account hierarchy. */
  accountId: string;
  /** Where role, permissions and notifications live on a SCIM user; default `{ kind: 'roles' }`. */
  access?: ScimAccessMapping;
  /** What the provider supports; read once from `GET /ServiceProviderConfig` when left out. */
  serviceProviderConfig?: ScimServiceProviderConfig;
}

/** What the client uses of the provider, as its `/ServiceProviderConfig` says. */
export interface ScimCapabilities {
  /** Search, role and status filters; without it a filtered list is refused (`validation`). */
  filter: boolean;
  /** Upper bound of `count` the provider answers with. */
  maxResults: number | undefined;
  /** `sortBy`/`sortOrder`; without it lists come in the provider's order. */
  sort: boolean;
  /** `meta.version` sent back as `If-Match`; without it the last write wins. */
  etag: boolean;
}

/** The user operations of `ProvisioningClient` over SCIM; compose the rest with `composeClients()`. */
export type ScimUsersClient = Pick<
  ProvisioningClient,
  'listUsers' | 'createUser' | 'getUser' | 'updateUser' | 'deleteUser'
> & {
  /** The provider's capabilities, read once (see `ScimCapabilities`). */
  capabilities(options?: CallOptions): Promise<ScimCapabilities>;
};

const SCIM_JSON = 'application/scim+json';
/** Without a `/ServiceProviderConfig` (404): only what RFC 7644 requires of every provider. */
const MINIMAL: ScimCapabilities = { filter: true, maxResults: undefined, sort: false, etag: false };
/** ETags remembered for `If-Match`, by user id and version; the oldest are forgotten first. */
const MAX_ETAGS = 5000;

/**
 * A SCIM 2.0 (RFC 7643, RFC 7644) client for the user parts of `ProvisioningClient`: filters for
 * search, role and status, `sortBy` where the provider sorts, `startIndex`/`count` paging, PatchOp
 * updates with `meta.version` as `If-Match`, and SCIM errors as `ProvisioningError`s.
 */
export function createScimClient(options: ScimClientOptions): ScimUsersClient {
  const access = options.access ?? { kind: 'roles' };
  const hostHeaders = options.headers;
  const send = createTransport({
    ...options,
    headers: () => ({
      Accept: `${SCIM_JSON}, application/json`,
      ...(typeof hostHeaders === 'function' ? hostHeaders() : hostHeaders),
    }),
    mapError: scimErrorMapper,
  });
  const etags = new Map<string, string>();
  let discovered: Promise<ScimCapabilities> | undefined;

  const request = async (req: TransportRequest) => {
    const response = await send(
      req.json === undefined ? req : { ...req, headers: { 'Content-Type': SCIM_JSON, ...req.headers } },
    );
    const label = `${req.method} ${req.path}`;
    return {
      ...response,
      label,
      body: response.text ? parseJson(response.text, label, response.status) : undefined,
    };
  };

  const capabilities = ({ signal }: CallOptions = {}): Promise<ScimCapabilities> => {
    if (options.serviceProviderConfig) return Promise.resolve(capabilitiesOf(options.serviceProviderConfig));
    discovered ??= request({ method: 'GET', path: '/ServiceProviderConfig', signal }).then(
      ({ body, label, status }) =>
        capabilitiesOf(parseResponse(ScimServiceProviderConfig, body, label, status)),
      (error: ProvisioningError) => {
        if (error.kind === 'not-found') return MINIMAL;
        discovered = undefined; // A failure (or an abort) is not remembered: the next call asks again.
        throw error;
      },
    );
    return discovered;
  };

  /** A SCIM user as the contract's user, not yet checked; its ETag remembered. */
  const mapUser = (scim: ScimUser, raw: unknown, headerEtag: string | null): User => {
    const etag = scim.meta?.version ?? headerEtag ?? undefined;
    const version = etag ? versionOf(etag) : 0;
    if (etag) remember(`${scim.id}@${version}`, etag);
    return toUser(scim, raw as Record<string, unknown>, options.accountId, access, version);
  };

  /** One SCIM user, checked as SCIM and then with the contract's schema. */
  const readUser = (body: unknown, label: string, status: number, headerEtag: string | null): User =>
    parseResponse(
      User,
      mapUser(parseResponse(ScimUser, body, label, status), body, headerEtag),
      label,
      status,
    );

  /**
   * A list's resources, each read on its own: one that is no SCIM user or does not map onto the
   * contract is reported in `unreadable` (with the SCIM problem as its reason) and the rest stay.
   */
  const UserRows = readablePageOf(
    z.pipe(
      z.pipe(
        z.unknown(),
        z.transform((raw, ctx) => {
          const scim = z.safeParse(ScimUser, raw);
          if (scim.success) return mapUser(scim.data, raw, null);
          for (const { path, message } of scim.error.issues)
            ctx.issues.push({ code: 'custom', input: raw, path, message });
          return z.NEVER;
        }),
      ),
      User,
    ),
  );

  const remember = (key: string, etag: string) => {
    etags.delete(key);
    etags.set(key, etag);
    if (etags.size > MAX_ETAGS) etags.delete(etags.keys().next().value!);
  };

  const ifMatch = async (user: Versioned, signal: AbortSignal | undefined) => {
    const etag = etags.get(`${user.id}@${user.version}`);
    return etag && (await capabilities({ signal })).etag ? { 'If-Match': etag } : undefined;
  };

  const userPath = (id: string) => `/Users/${encodeURIComponent(id)}`;

  /**
   * With the `groups` mapping, gives `current` the role `role` by joining or leaving the admin
   * group, and reads the user again (its `groups` changed); otherwise `current` as it is.
   */
  const withRole = async (current: User, role: User['role'] | undefined, signal?: AbortSignal) => {
    if (access.kind !== 'groups' || role === undefined || current.role === role) return current;
    await request({
      method: 'PATCH',
      path: `/Groups/${encodeURIComponent(access.admin)}`,
      signal,
      json: toMembershipPatchOp(current.id, role),
    });
    return getUser(current.id, { signal });
  };

  const getUser = async (id: string, { signal }: CallOptions = {}) => {
    const { body, label, status, etag } = await request({ method: 'GET', path: userPath(id), signal });
    return readUser(body, label, status, etag);
  };

  return {
    capabilities,

    listUsers: (accountId, query = {}, { signal } = {}) =>
      guard('GET /Users', async () => {
        checkAccount(accountId, options.accountId);
        const caps = await capabilities({ signal });
        const filter = toFilter(query, access);
        if (filter === null) return { items: [], total: 0 };
        if (filter && !caps.filter) {
          throw new ProvisioningError('validation', 'GET /Users: this SCIM provider cannot filter', {
            problem: {
              title: 'filter not supported',
              status: 400,
              detail: 'This directory cannot search or filter.',
            },
          });
        }
        const sort = caps.sort ? toSort(query.sort) : undefined;
        const limit = query.limit ?? 25;
        const count = caps.maxResults ? Math.min(limit, caps.maxResults) : limit;
        const { body, label, status } = await request({
          method: 'GET',
          path: '/Users',
          signal,
          query: { filter, ...sort, startIndex: (query.offset ?? 0) + 1, count },
        });
        const page = parseResponse(ScimListResponse, body, label, status);
        return parseResponse(
          UserRows,
          { items: page.Resources ?? [], total: page.totalResults },
          label,
          status,
        );
      }),

    createUser: (accountId, user, { signal } = {}) =>
      guard('POST /Users', async () => {
        checkAccount(accountId, options.accountId);
        const { body, label, status, etag } = await request({
          method: 'POST',
          path: '/Users',
          signal,
          json: toScimCreate(user, access),
        });
        return withRole(readUser(body, label, status, etag), user.role, signal);
      }),

    getUser: (id, options) => guard(`GET ${userPath(id)}`, () => getUser(id, options)),

    updateUser: (user, patch, { signal } = {}) =>
      guard(`PATCH ${userPath(user.id)}`, async () => {
        if (unstorable(patch, access)) throw notificationsRefused(`PATCH ${userPath(user.id)}`);
        const op = toPatchOp(patch, access);
        const patched = async () => {
          if (!(op.Operations as unknown[]).length) return getUser(user.id, { signal });
          const { body, label, status, etag } = await request({
            method: 'PATCH',
            path: userPath(user.id),
            signal,
            json: op,
            headers: await ifMatch(user, signal),
          });
          // 204: the provider applied the patch without returning the user (RFC 7644 §3.5.2).
          return body === undefined ? getUser(user.id, { signal }) : readUser(body, label, status, etag);
        };
        // The user's own PatchOp first: a stale If-Match is refused before the group changes.
        return withRole(await patched(), patch.role, signal);
      }),

    deleteUser: (user, { signal } = {}) =>
      guard(`DELETE ${userPath(user.id)}`, async () => {
        await request({
          method: 'DELETE',
          path: userPath(user.id),
          signal,
          headers: await ifMatch(user, signal),
        });
      }),
  };
}

function capabilitiesOf(config: ScimServiceProviderConfig): ScimCapabilities {
  return {
    filter: config.filter?.supported ?? false,
    maxResults: config.filter?.maxResults,
    sort: config.sort?.supported ?? false,
    etag: config.etag?.supported ?? false,
  };
}

/** The contract needs an integer version; a SCIM version is an opaque ETag, so it is hashed (FNV-1a). */
function versionOf(etag: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < etag.length; i++) hash = Math.imul(hash ^ etag.charCodeAt(i), 0x01000193);
  return hash >>> 1;
}

function checkAccount(asked: string, served: string) {
  if (asked !== served) {
    throw new ProvisioningError('not-found', `this SCIM provider holds the users of ${served}, not ${asked}`);
  }
}

function notificationsRefused(label: string) {
  const message = 'This directory does not keep notification settings.';
  return new ProvisioningError('validation', `${label}: ${message}`, {
    fieldErrors: [{ path: 'notifications', code: 'unsupported', message }],
    problem: { title: 'notifications not supported', status: 400, detail: message },
  });
}

/** Whatever goes wrong (a mapping bug, a provider's surprise) rejects with a `ProvisioningError`. */
async function guard<T>(label: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProvisioningError) throw error;
    throw new ProvisioningError('invalid-response', `${label}: ${String(error)}`, { cause: error });
  }
}
