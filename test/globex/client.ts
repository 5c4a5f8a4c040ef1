import type { EndpointName, ProvisioningClient } from '../../src/api/client.js';
import { ProvisioningError, kindForStatus } from '../../src/api/errors.js';
import { createRestClient, type QueryParams } from '../../src/api/rest.js';
import { API_KEY, TENANT, type Entitlement, type Member } from './data.js';

/**
 * tenantkit on the Globex API, by `createRestClient` options only: paths, a page-query mapper,
 * request and response mappers per endpoint, and an error mapper. This is the "mappers" level of
 * the README's "Connecting your own API"; nothing here changes the client or the elements.
 */
export function createGlobexClient(origin: string, fetch?: typeof globalThis.fetch): ProvisioningClient {
  const tenant = `/v2/tenants/${TENANT}`;
  return createRestClient({
    baseUrl: origin,
    fetch,
    headers: { 'X-Api-Key': API_KEY },
    // Globex knows no Idempotency-Key, and its CORS preflight does not allow the header.
    idempotencyKeys: false,
    paths: {
      me: '/v2/whoami',
      users: '/v2/tenants/{id}/members',
      user: `${tenant}/members/{id}`,
      permissions: `${tenant}/permissions`,
      products: '/v2/products',
      accessRights: '/v2/tenants/{id}/entitlements',
      accessRight: `${tenant}/entitlements/{id}`,
    },
    mapQuery: globexQuery,
    mapRequest: {
      users: (body) => toMember(body as Record<string, unknown>),
      user: (body) => toMember(body as Record<string, unknown>),
      accessRights: (body) => toEntitlement(body as Record<string, unknown>),
      accessRight: (body) => toEntitlement(body as Record<string, unknown>),
    },
    mapResponse: {
      me: (body) => {
        const { member, tenant: t } = (body as { data: { member: Member; tenant: GlobexTenant } }).data;
        const account = fromTenant(t);
        const user = fromMember(member, t.tenant_id);
        return { user, account, role: user.role, permissions: user.permissions, actingFor: account };
      },
      users: (body, method) =>
        method === 'GET'
          ? fromPage(body as GlobexPage<Member>, (m) => fromMember(m, TENANT))
          : fromMember((body as { data: Member }).data, TENANT),
      user: (body) => fromMember((body as { data: Member }).data, TENANT),
      permissions: (body) => ({
        items: (body as { data: GlobexPermission[] }).data.map((p) => ({
          id: p.key,
          group: p.section,
          label: p.title,
          description: p.help_text,
        })),
      }),
      products: (body) => ({
        items: (body as { data: { sku: string; title: string }[] }).data.map((p) => ({
          id: p.sku,
          name: p.title,
        })),
      }),
      accessRights: (body, method) =>
        method === 'GET'
          ? fromPage(body as GlobexPage<Entitlement>, fromEntitlement)
          : fromEntitlement((body as { data: Entitlement }).data),
      accessRight: (body) => fromEntitlement((body as { data: Entitlement }).data),
    },
    mapError: ({ status, body, label }) => {
      let code: string | undefined;
      let field: string | undefined;
      try {
        ({ code, field } = (JSON.parse(body) as { error: { code?: string; field?: string } }).error);
      } catch {
        return undefined;
      }
      const path = field ? (FIELD_NAMES[field] ?? field) : '';
      const contractCode = code === 'email_taken' ? 'taken' : (code ?? 'invalid');
      return new ProvisioningError(kindForStatus(status), `${label}: ${status} ${code}`, {
        status,
        fieldErrors: path ? [{ path, code: contractCode, message: code ?? 'invalid' }] : [],
      });
    },
  });
}

interface GlobexPage<T> {
  data: T[];
  meta: { total: number };
}
interface GlobexTenant {
  tenant_id: string;
  display_name: string;
  country_code: string;
  opened_at: string;
  revision: number;
}
interface GlobexPermission {
  key: string;
  section: string;
  title: string;
  help_text: string;
}

/** Contract field → Globex field, for errors that name a Globex field. */
const FIELD_NAMES: Record<string, string> = { email_address: 'email', full_name: 'name', sku: 'productId' };

const SORT_FIELDS: Record<string, string> = {
  name: 'full_name',
  email: 'email_address',
  login: 'username',
  lastLoginAt: 'last_seen_at',
  startsAt: 'valid_from',
  endsAt: 'valid_until',
  productName: 'sku_name',
  id: 'entitlement_id',
  manual: 'manual',
};
const STATES: Record<string, string> = { invited: 'pending', active: 'enabled', disabled: 'suspended' };

/** offset/limit → page/per_page (exact for offsets on a page boundary, which is what the elements ask). */
function globexQuery(query: QueryParams, endpoint: EndpointName): QueryParams {
  // Globex has no validOn or manual filters: they are not sent.
  const { q, sort, offset, limit, role, status } = query;
  const perPage = Number(limit ?? 25);
  const field = typeof sort === 'string' ? sort.replace(/^-/, '') : undefined;
  const state = endpoint === 'accessRights' ? (status === 'active' ? 'on' : 'off') : STATES[String(status)];
  return {
    ...(q ? { search: q } : {}),
    ...(field && SORT_FIELDS[field]
      ? { order_by: SORT_FIELDS[field], direction: String(sort).startsWith('-') ? 'desc' : 'asc' }
      : {}),
    ...(role ? { access_level: role === 'admin' ? 'owner' : 'member' } : {}),
    ...(status ? { state } : {}),
    page: Math.floor(Number(offset ?? 0) / perPage) + 1,
    per_page: perPage,
  };
}

function fromPage<T>(body: GlobexPage<T>, item: (row: T) => unknown) {
  return { items: body.data.map(item), total: body.meta.total };
}

function fromTenant(t: GlobexTenant) {
  return {
    id: t.tenant_id,
    parentId: null,
    kind: 'customer',
    name: t.display_name,
    productTypeId: null,
    reference: '',
    country: t.country_code,
    notes: '',
    trial: null,
    internal: false,
    status: 'active',
    settings: {},
    createdAt: t.opened_at,
    updatedAt: t.opened_at,
    version: t.revision,
  };
}

function fromMember(m: Member, tenant: string) {
  return {
    id: m.member_id,
    accountId: tenant,
    name: m.full_name,
    email: m.email_address,
    login: m.username,
    role: m.access_level === 'owner' ? 'admin' : 'user',
    permissions: m.grants,
    notifications: m.alerts,
    locale: m.language,
    status: m.state === 'pending' ? 'invited' : m.state === 'enabled' ? 'active' : 'disabled',
    passwordLink: m.invite && { sentAt: m.invite.sent_at, expiresAt: m.invite.expires_at },
    lastLoginAt: m.last_seen_at,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    version: m.revision,
  };
}

/** A contract user body (create or patch) in Globex's words; only the fields given. */
function toMember(body: Record<string, unknown>) {
  const rename: Record<string, string> = {
    name: 'full_name',
    email: 'email_address',
    permissions: 'grants',
    notifications: 'alerts',
    locale: 'language',
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'role') out.access_level = value === 'admin' ? 'owner' : 'member';
    else if (key === 'status') out.state = value === 'active' ? 'enabled' : 'suspended';
    else out[rename[key] ?? key] = value;
  }
  return out;
}

function fromEntitlement(e: Entitlement) {
  return {
    id: e.entitlement_id,
    accountId: TENANT,
    offerId: e.order_no,
    productId: e.sku,
    platformProductId: e.sku,
    productName: e.sku_name,
    tierId: e.tier,
    subscriptionId: e.subscription,
    startsAt: e.valid_from,
    endsAt: e.valid_until,
    status: e.state === 'on' ? 'active' : 'deactivated',
    manual: e.manual,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
    version: e.revision,
  };
}

function toEntitlement(body: Record<string, unknown>) {
  const rename: Record<string, string> = {
    productId: 'sku',
    tierId: 'tier',
    startsAt: 'valid_from',
    endsAt: 'valid_until',
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'status') out.state = value === 'active' ? 'on' : 'off';
    else out[rename[key] ?? key] = value;
  }
  return out;
}
