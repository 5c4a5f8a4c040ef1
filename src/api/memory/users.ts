import type { Versioned } from '../client.js';
import {
  UserCreate,
  UserListQuery,
  UserUpdate,
  type Page,
  type PasswordLink,
  type User,
} from '../schemas/index.js';
import { loginFromName, uniqueLogin } from './demo-data.js';
import { listPage, type ListRules } from './list.js';
import { conflict, invalid, notFound, validate } from './problems.js';
import { checkVersion, type Session } from './session.js';

/** How long a password link stays usable. */
const PASSWORD_LINK_DAYS = 7;

const DEFAULT_NOTIFICATIONS = { billing: true, general: true, product: true, domain: true, support: true };

const userRules: ListRules<User> = {
  text: (u) => [u.name, u.email, u.login],
  sortable: ['name', 'email', 'login', 'role', 'status', 'createdAt', 'lastLoginAt'],
  instants: ['createdAt', 'lastLoginAt'],
};

export function listUsers(s: Session, accountId: string, query: unknown): Page<User> {
  s.account(accountId);
  const q = validate(UserListQuery, query ?? {});
  const keep = (u: User) =>
    u.accountId === accountId && (!q.role || u.role === q.role) && (!q.status || u.status === q.status);
  return listPage(s.store.users, q, keep, userRules);
}

export function getUser(s: Session, id: string): User {
  const user = s.store.users.get(id);
  if (!user || !s.sees(user.accountId)) throw notFound('User', id);
  return user;
}

export function createUser(s: Session, accountId: string, body: unknown): User {
  s.account(accountId);
  s.requireAdmin();
  return createInvitedUser(s, accountId, validate(UserCreate, body));
}

/** Adds a user who is invited by e-mail to choose a password; also used for an account's primary admin. */
export function createInvitedUser(s: Session, accountId: string, input: UserCreate): User {
  checkPermissions(s, input.permissions ?? []);
  if (s.store.isEmailTaken(input.email)) throw conflict('This e-mail address is in use', 'email', 'taken');
  const now = s.timestamp();
  const user: User = {
    id: s.store.newId('usr', s.store.users),
    accountId,
    name: input.name,
    email: input.email,
    login: uniqueLogin(loginFromName(input.name), s.store.logins),
    role: input.role,
    permissions: input.permissions ?? [],
    notifications: input.notifications ?? DEFAULT_NOTIFICATIONS,
    locale: input.locale ?? null,
    status: 'invited',
    passwordLink: newPasswordLink(s.now()),
    lastLoginAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  s.store.users.set(user);
  return user;
}

export function updateUser(s: Session, ref: Versioned, patch: unknown): User {
  const user = getUser(s, ref.id);
  s.requireAdmin();
  const input = validate(UserUpdate, patch);
  checkVersion(user, ref.version);
  if (input.permissions) checkPermissions(s, input.permissions);
  if (input.email !== undefined && s.store.isEmailTaken(input.email, user.id)) {
    throw conflict('This e-mail address is in use', 'email', 'taken');
  }
  const updated: User = { ...user, ...input, updatedAt: s.timestamp(), version: user.version + 1 };
  s.store.users.set(updated);
  return updated;
}

export function deleteUser(s: Session, ref: Versioned): void {
  const user = getUser(s, ref.id);
  s.requireAdmin();
  checkVersion(user, ref.version);
  s.store.users.delete(user.id);
}

/** A new link replaces the pending one; the user's current password keeps working until the link is used. */
export function sendPasswordLink(s: Session, userId: string): PasswordLink {
  const user = getUser(s, userId);
  s.requireAdmin();
  const passwordLink = newPasswordLink(s.now());
  s.store.users.set({ ...user, passwordLink, updatedAt: s.timestamp(), version: user.version + 1 });
  return passwordLink;
}

function newPasswordLink(now: Date): PasswordLink {
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_DAYS * 86_400_000);
  return { sentAt: now.toISOString(), expiresAt: expiresAt.toISOString() };
}

/** Only permissions of the reseller's catalog may be granted. */
function checkPermissions(s: Session, ids: string[]): void {
  const known = new Set(s.store.permissions.map((p) => p.id));
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw invalid(`permissions.${unknown}`, 'unknown', `Unknown permission ${ids[unknown]}`);
}
