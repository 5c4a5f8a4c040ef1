import * as z from 'zod/mini';
import { DEFAULT_PATHS } from '../src/api/client.js';
import * as S from '../src/api/schemas/index.js';
import { LoginRequest, LoginResponse, SetPasswordRequest } from './auth/schemas.js';
import { IDEMPOTENCY_KEY } from './http/idempotency.js';

/** Every schema the document names, generated from the contract: nothing is described twice. */
const COMPONENTS = {
  Me: S.Me,
  Account: S.Account,
  AccountPage: S.AccountPage,
  AccountCreate: S.AccountCreate,
  AccountUpdate: S.AccountUpdate,
  ProductTypeList: S.ProductTypeList,
  AuditEventPage: S.AuditEventPage,
  PermissionList: S.PermissionList,
  ProductList: S.ProductList,
  User: S.User,
  UserPage: S.UserPage,
  UserCreate: S.UserCreate,
  UserUpdate: S.UserUpdate,
  PasswordLink: S.PasswordLink,
  AccessRight: S.AccessRight,
  AccessRightPage: S.AccessRightPage,
  AccessRightCreate: S.AccessRightCreate,
  AccessRightUpdate: S.AccessRightUpdate,
  HelpSettings: S.HelpSettings,
  HelpSettingsUpdate: S.HelpSettingsUpdate,
  Resource: S.Resource,
  ResourcePage: S.ResourcePage,
  ResourceUpdate: S.ResourceUpdate,
  ResourceMoveRequest: S.ResourceMove,
  ResourceMoveResult: S.ResourceMoveResult,
  ImportRequest: S.ImportRequest,
  ImportResult: S.ImportResult,
  Problem: S.Problem,
  LoginRequest,
  LoginResponse,
  SetPasswordRequest,
} satisfies Record<string, z.ZodMiniType>;
type Component = keyof typeof COMPONENTS;

interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  summary: string;
  body?: Component;
  /** The success status and its body (none for 204). */
  ok: [status: number, body?: Component];
  query?: z.ZodMiniObject;
  versioned?: 'etag' | 'if-match';
  /** Takes an `Idempotency-Key` (server/http/idempotency.ts). */
  idempotent?: true;
  public?: boolean;
}

const P = DEFAULT_PATHS;
/** `?lang=de`: permission texts resolved to one language instead of maps by language. */
const PermissionCatalogQuery = z.object({ lang: z.optional(S.LocaleTag) });
const OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/auth/login',
    summary: 'Sign in; returns a bearer token',
    body: 'LoginRequest',
    ok: [200, 'LoginResponse'],
    public: true,
  },
  { method: 'post', path: '/auth/logout', summary: 'End the session of this token', ok: [204] },
  {
    method: 'post',
    path: '/auth/password-links/{token}',
    summary: 'Choose a password through a mailed link',
    body: 'SetPasswordRequest',
    ok: [204],
    public: true,
  },
  {
    method: 'get',
    path: P.me,
    summary: 'The signed-in principal and the account it acts for',
    ok: [200, 'Me'],
  },
  { method: 'get', path: P.account, summary: 'One account', ok: [200, 'Account'], versioned: 'etag' },
  {
    method: 'patch',
    path: P.account,
    summary: 'Change an account',
    body: 'AccountUpdate',
    ok: [200, 'Account'],
    versioned: 'if-match',
  },
  {
    method: 'get',
    path: P.children,
    summary:
      'Child accounts; with include=descendants every account below, at any depth, each with its path (search by name or reference)',
    ok: [200, 'AccountPage'],
    query: S.AccountListQuery,
  },
  {
    method: 'post',
    path: P.children,
    summary: 'Create a child account and invite its primary admin',
    idempotent: true,
    body: 'AccountCreate',
    ok: [201, 'Account'],
  },
  { method: 'get', path: P.productTypes, summary: 'Product types', ok: [200, 'ProductTypeList'] },
  {
    method: 'get',
    path: P.permissions,
    summary: 'The permission catalog; texts are a string or a map by language (`?lang=` resolves them)',
    ok: [200, 'PermissionList'],
    query: PermissionCatalogQuery,
  },
  { method: 'get', path: P.products, summary: 'Platform products, for pickers', ok: [200, 'ProductList'] },
  {
    method: 'get',
    path: P.users,
    summary: 'Users of an account',
    ok: [200, 'UserPage'],
    query: S.UserListQuery,
  },
  {
    method: 'post',
    path: P.users,
    summary: 'Create a user; mails a password link',
    idempotent: true,
    body: 'UserCreate',
    ok: [201, 'User'],
  },
  { method: 'get', path: P.user, summary: 'One user', ok: [200, 'User'], versioned: 'etag' },
  {
    method: 'patch',
    path: P.user,
    summary: 'Change a user',
    body: 'UserUpdate',
    ok: [200, 'User'],
    versioned: 'if-match',
  },
  { method: 'delete', path: P.user, summary: 'Delete a user', ok: [204], versioned: 'if-match' },
  {
    method: 'post',
    path: P.passwordLink,
    summary: 'Send a (replacement) password link',
    ok: [201, 'PasswordLink'],
  },
  {
    method: 'get',
    path: P.accessRights,
    summary: 'Access rights of an account',
    ok: [200, 'AccessRightPage'],
    query: S.AccessRightListQuery,
  },
  {
    method: 'post',
    path: P.accessRights,
    summary: 'Create a manual access right',
    idempotent: true,
    body: 'AccessRightCreate',
    ok: [201, 'AccessRight'],
  },
  {
    method: 'get',
    path: P.accessRight,
    summary: 'One access right',
    ok: [200, 'AccessRight'],
    versioned: 'etag',
  },
  {
    method: 'patch',
    path: P.accessRight,
    summary: 'Change a manual access right',
    body: 'AccessRightUpdate',
    ok: [200, 'AccessRight'],
    versioned: 'if-match',
  },
  {
    method: 'delete',
    path: P.accessRight,
    summary: 'Delete a manual access right',
    ok: [204],
    versioned: 'if-match',
  },
  {
    method: 'get',
    path: P.help,
    summary: 'Help settings, from the nearest reseller',
    ok: [200, 'HelpSettings'],
    versioned: 'etag',
  },
  {
    method: 'put',
    path: P.help,
    summary: 'Set the reseller help settings (If-Match when they exist)',
    body: 'HelpSettingsUpdate',
    ok: [200, 'HelpSettings'],
  },
  {
    method: 'get',
    path: P.resources,
    summary: 'Resources of an account (include=descendants: of its whole subtree)',
    ok: [200, 'ResourcePage'],
    query: S.ResourceListQuery,
  },
  {
    method: 'post',
    path: P.moveResources,
    summary:
      'Move resources (by ids, or by query less exceptions) to an account in scope; one transaction, answered per resource',
    body: 'ResourceMoveRequest',
    ok: [200, 'ResourceMoveResult'],
  },
  {
    method: 'post',
    path: P.imports,
    summary:
      'Check (dryRun) or import a batch of at most 500 spreadsheet rows (customers and/or users), answered per row; one transaction per batch; an Idempotency-Key header replays the stored answer of a repeated batch; never sends mail',
    idempotent: true,
    body: 'ImportRequest',
    ok: [200, 'ImportResult'],
  },
  { method: 'get', path: P.resource, summary: 'One resource', ok: [200, 'Resource'], versioned: 'etag' },
  {
    method: 'patch',
    path: P.resource,
    summary: 'Rename a resource, or set, change or remove its cap (the alert defaults to 80 % of the cap)',
    body: 'ResourceUpdate',
    ok: [200, 'Resource'],
    versioned: 'if-match',
  },
  {
    method: 'get',
    path: P.auditEvents,
    summary: 'Audit events of an account (admins), newest first; who changed what, and as which account',
    ok: [200, 'AuditEventPage'],
    query: S.AuditEventQuery,
  },
];

const ref = (name: Component) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: Component) => ({ 'application/json': { schema: ref(name) } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function parameters(op: Operation): unknown[] {
  const params: unknown[] = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (op.query) {
    const properties = (jsonSchema(op.query, 'input').properties ?? {}) as Record<string, unknown>;
    for (const [name, schema] of Object.entries(properties))
      params.push({ name, in: 'query', required: false, schema });
  }
  if (op.versioned === 'if-match')
    params.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      schema: { type: 'string' },
      description: 'The ETag read',
    });
  if (op.idempotent)
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
      description:
        'Any unique value (a UUID), the same on every retry of the same request: a repeat replays the first answer instead of writing again; the same key with another body is a 422 (draft-ietf-httpapi-idempotency-key-header)',
    });
  if (!op.public)
    params.push({ name: 'X-Act-As-Account', in: 'header', required: false, schema: { type: 'string' } });
  return params;
}

function responses(op: Operation): Record<string, unknown> {
  const [status, body] = op.ok;
  const success: Record<string, unknown> = { description: 'Success' };
  if (body) success.content = json(body);
  if (op.versioned) success.headers = { ETag: { schema: { type: 'string' }, description: '"<version>"' } };
  const out: Record<string, unknown> = { [status]: success };
  if (!op.public)
    Object.assign(out, {
      401: problem('Not signed in'),
      403: problem('Role does not allow it'),
      404: problem('Not found or outside the scope'),
    });
  if (op.body)
    out[422] = problem(
      op.idempotent ? 'Invalid fields, or the Idempotency-Key was used for another body' : 'Invalid fields',
    );
  if (op.method !== 'get') out[409] = problem('Conflict');
  if (op.versioned === 'if-match')
    Object.assign(out, { 412: problem('Stale version'), 428: problem('If-Match missing') });
  if (op.path.startsWith('/auth') || op.path === P.passwordLink) out[429] = problem('Rate limited');
  return out;
}

/** The OpenAPI 3.1 document of the API under `/api`, built from the zod schemas. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      ...(op.public ? { security: [] } : {}),
      parameters: parameters(op),
      ...(op.body ? { requestBody: { required: true, content: json(op.body) } } : {}),
      responses: responses(op),
    };
  }
  const schemas = Object.fromEntries(
    Object.entries(COMPONENTS).map(([name, schema]) => [
      name,
      jsonSchema(
        schema,
        name.endsWith('Create') || name.endsWith('Update') || name.endsWith('Request') ? 'input' : 'output',
      ),
    ]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'tenantkit provisioning API', version: '0.1.0' },
    servers: [{ url: `${serverUrl}/api` }],
    security: [{ bearer: [] }],
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
