import type { Notifications, User, UserCreate, UserListQuery, UserUpdate } from '../schemas/index.js';
import { NOTIFICATION_TOPICS } from '../schemas/user.js';
import { PATCH_OP_SCHEMA, ScimAccessExtension, USER_SCHEMA, type ScimUser } from './schemas.js';

/**
 * Where a SCIM user carries tenantkit's role, permissions and notification preferences:
 * - `roles` (default): the core `roles` attribute (a value `admin` makes an admin) and `entitlements`
 *   (permission ids). SCIM has no notification preferences: they read as `DEFAULT_NOTIFICATIONS`,
 *   a new user's are not stored, and changing an existing user's is refused as a validation problem
 *   on `notifications`.
 * - `groups`: a user is an admin when a member of the group whose SCIM `id` is `admin` (read from the
 *   user's read-only `groups` attribute); changing the role adds or removes the membership with a
 *   PatchOp on `/Groups/{admin}`. Permissions and notifications as with `roles`.
 * - `extension`: an extension schema of the provider's (e.g. `urn:example:params:scim:schemas:extension:tenantkit:2.0:User`)
 *   with `role`, `permissions` and `notifications` attributes.
 */
export type ScimAccessMapping =
  { kind: 'roles' } | { kind: 'groups'; admin: string } | { kind: 'extension'; schema: string };

/** What a user's notification preferences read as where the provider keeps none: general news only. */
export const DEFAULT_NOTIFICATIONS: Notifications = {
  billing: false,
  general: true,
  product: false,
  domain: false,
  support: false,
};

/** The contract's sort fields and the SCIM attributes they sort by; `lastLoginAt` has none. */
const SORT_ATTRIBUTES: Record<string, string> = {
  name: 'name.formatted',
  email: 'userName',
  login: 'userName',
  createdAt: 'meta.created',
};

/** A SCIM user as the contract's user; the caller checks the result with the `User` schema. */
export function toUser(
  scim: ScimUser,
  raw: Record<string, unknown>,
  accountId: string,
  access: ScimAccessMapping,
  version: number,
): User {
  const email = primary(scim.emails)?.value ?? scim.userName;
  const fallbackName = [scim.name?.givenName, scim.name?.familyName].filter(Boolean).join(' ');
  const extension =
    access.kind === 'extension' ? ScimAccessExtension.safeParse(raw[access.schema]) : undefined;
  const ext = extension?.success ? extension.data : {};
  const created = scim.meta?.created ?? scim.meta?.lastModified ?? EPOCH;
  const core = access.kind !== 'extension';
  return {
    id: scim.id,
    accountId,
    name: scim.name?.formatted || scim.displayName || fallbackName || scim.userName,
    email,
    login: scim.userName,
    role: isAdmin(scim, access, ext.role) ? 'admin' : 'user',
    permissions: core
      ? (scim.entitlements ?? []).flatMap((e) => (e.value ? [e.value] : []))
      : (ext.permissions ?? []),
    notifications: core ? DEFAULT_NOTIFICATIONS : { ...DEFAULT_NOTIFICATIONS, ...ext.notifications },
    locale: localeOf(scim.preferredLanguage),
    // SCIM knows no invitations: a provisioned user is active until `active` is false.
    status: scim.active === false ? 'disabled' : 'active',
    passwordLink: null,
    lastLoginAt: null,
    createdAt: created,
    updatedAt: scim.meta?.lastModified ?? created,
    version,
  };
}

function isAdmin(scim: ScimUser, access: ScimAccessMapping, extensionRole: string | undefined): boolean {
  if (access.kind === 'roles') return (scim.roles ?? []).some((r) => r.value === 'admin');
  if (access.kind === 'groups') return (scim.groups ?? []).some((g) => g.value === access.admin);
  return extensionRole === 'admin';
}

/** Providers that leave out `meta.created` still get a valid instant (the contract requires one). */
const EPOCH = '1970-01-01T00:00:00Z';

/**
 * The body of `POST /Users`: the e-mail is the user name, as it is tenantkit's unique sign-in name.
 * With `groups` the role is not in it (`groups` is read-only): the client adds the membership after.
 */
export function toScimCreate(body: UserCreate, access: ScimAccessMapping): Record<string, unknown> {
  const role = body.role;
  const permissions = body.permissions ?? [];
  const resource: Record<string, unknown> = {
    schemas: access.kind === 'extension' ? [USER_SCHEMA, access.schema] : [USER_SCHEMA],
    userName: body.email,
    name: { formatted: body.name },
    displayName: body.name,
    emails: [{ value: body.email, type: 'work', primary: true }],
    active: true,
    ...(body.locale ? { preferredLanguage: body.locale } : {}),
  };
  if (access.kind !== 'extension') {
    if (access.kind === 'roles') resource.roles = [{ value: role, primary: true }];
    if (permissions.length) resource.entitlements = permissions.map((value) => ({ value }));
  } else {
    resource[access.schema] = {
      role,
      permissions,
      notifications: body.notifications ?? DEFAULT_NOTIFICATIONS,
    };
  }
  return resource;
}

/**
 * A PatchOp (RFC 7644 §3.5.2) with one operation per changed attribute; with `groups` the role is
 * not in it (see `toMembershipPatchOp`).
 */
export function toPatchOp(patch: UserUpdate, access: ScimAccessMapping): Record<string, unknown> {
  const ops: Record<string, unknown>[] = [];
  const replace = (path: string, value: unknown) => ops.push({ op: 'replace', path, value });
  const replaceList = (path: string, values: unknown[]) =>
    ops.push(values.length ? { op: 'replace', path, value: values } : { op: 'remove', path });
  if (patch.name !== undefined) {
    replace('name.formatted', patch.name);
    replace('displayName', patch.name);
  }
  if (patch.email !== undefined) {
    replace('userName', patch.email);
    replace('emails', [{ value: patch.email, type: 'work', primary: true }]);
  }
  if (patch.locale !== undefined) {
    if (patch.locale === null) ops.push({ op: 'remove', path: 'preferredLanguage' });
    else replace('preferredLanguage', patch.locale);
  }
  if (patch.status !== undefined) replace('active', patch.status === 'active');
  if (access.kind !== 'extension') {
    if (access.kind === 'roles' && patch.role !== undefined)
      replaceList('roles', [{ value: patch.role, primary: true }]);
    if (patch.permissions !== undefined)
      replaceList(
        'entitlements',
        patch.permissions.map((value) => ({ value })),
      );
  } else {
    if (patch.role !== undefined) replace(`${access.schema}:role`, patch.role);
    if (patch.permissions !== undefined) replace(`${access.schema}:permissions`, patch.permissions);
    if (patch.notifications !== undefined) replace(`${access.schema}:notifications`, patch.notifications);
  }
  return { schemas: [PATCH_OP_SCHEMA], Operations: ops };
}

/** The PatchOp on the admin group (`groups` mapping) that makes `userId` a member, or no longer one. */
export function toMembershipPatchOp(userId: string, role: User['role']): Record<string, unknown> {
  const op =
    role === 'admin'
      ? { op: 'add', path: 'members', value: [{ value: userId }] }
      : { op: 'remove', path: `members[value eq ${quote(userId)}]` };
  return { schemas: [PATCH_OP_SCHEMA], Operations: [op] };
}

/** True when `patch` changes what the mapping cannot store (notifications without an extension). */
export const unstorable = (patch: UserUpdate, access: ScimAccessMapping): boolean =>
  access.kind !== 'extension' &&
  patch.notifications !== undefined &&
  NOTIFICATION_TOPICS.some((topic) => patch.notifications![topic] !== DEFAULT_NOTIFICATIONS[topic]);

/**
 * The SCIM filter (RFC 7644 §3.4.2.2) of a list query; `null` when the query can match no SCIM
 * user (status `invited`: SCIM knows no invitations). Written without brackets, as `or` of `and`s
 * (`userName co "x" and active eq true or name.formatted co "x" and active eq true …`): several
 * providers support no grouping, and SCIMMY 1.3 misreads a bracketed group beside two more terms.
 */
export function toFilter(query: UserListQuery, access: ScimAccessMapping): string | undefined | null {
  if (query.status === 'invited') return null;
  const terms: string[] = [];
  if (query.role) {
    if (access.kind === 'groups') {
      // Multi-valued: `ne` would match a member of any other group too (RFC 7644 §3.4.2.2).
      const member = `groups.value eq ${quote(access.admin)}`;
      terms.push(query.role === 'admin' ? member : `not (${member})`);
    } else {
      const path = access.kind === 'roles' ? 'roles.value' : `${access.schema}:role`;
      // `ne` rather than `not (… eq …)`, which fewer providers support.
      terms.push(`${path} ${query.role === 'admin' ? 'eq' : 'ne'} "admin"`);
    }
  }
  if (query.status) terms.push(`active eq ${query.status === 'active'}`);
  if (!query.q) return terms.length ? terms.join(' and ') : undefined;
  const text = quote(query.q);
  return SEARCHED.map((attribute) => [`${attribute} co ${text}`, ...terms].join(' and ')).join(' or ');
}

/** What the search looks in. */
const SEARCHED = ['userName', 'name.formatted', 'emails.value'];

/** `sortBy`/`sortOrder` of a contract sort (`name`, `-email`); undefined when SCIM has no such attribute. */
export function toSort(sort: string | undefined): { sortBy: string; sortOrder: string } | undefined {
  if (!sort) return undefined;
  const descending = sort.startsWith('-');
  const sortBy = SORT_ATTRIBUTES[descending ? sort.slice(1) : sort];
  return sortBy ? { sortBy, sortOrder: descending ? 'descending' : 'ascending' } : undefined;
}

/** A SCIM string literal: JSON's escaping is the filter grammar's (RFC 7644 §3.4.2.2). */
const quote = (text: string) => JSON.stringify(text);

function primary(values: ScimUser['emails']) {
  const withValue = (values ?? []).filter((v) => v.value);
  return withValue.find((v) => v.primary) ?? withValue[0];
}

/** `preferredLanguage` is an Accept-Language value (`en-US,en;q=0.9`): its first tag, if it is one. */
function localeOf(value: string | null | undefined): string | null {
  const tag = value?.split(/[,;]/)[0]?.trim();
  if (!tag) return null;
  const [language, ...rest] = tag.split(/[-_]/);
  const normal = [language!.toLowerCase(), ...rest].join('-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(normal) ? normal : null;
}
