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
import { instant, listPage, type ListRules } from './list.js';
import { conflict, invalid, notFound, validate } from './problems.js';
import { checkVersion, type Session } from './session.js';

/** How long a password link stays usable. */
const PASSWORD_LINK_DAYS = 7;

/** New users get no notifications until they or an admin choose some. */
const NO_NOTIFICATIONS = { billing: false, general: false, product: false, domain: false, support: false };

const userRules: ListRules<User> = {
  text: (u) => [u.name, u.email, u.login],
  sort: {
    name: (u) => u.name,
    email: (u) => u.email.toLowerCase(),
    login: (u) => u.login,
    role: (u) => u.role,
    status: (u) => u.status,
    createdAt: (u) => instant(u.createdAt),
    lastLoginAt: (u) => instant(u.lastLoginAt),
  },
  defaultSort: 'name',
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
  if (s.store.isEmailTaken(input.email)) throw conflict('This e-mail address is in use', 'email', 'taken');
  checkPermissions(s, input.permissions ?? []);
  const now = s.timestamp();
  const user: User = {
    id: s.store.newId('usr', s.store.users),
    accountId,
    name: input.name,
    email: input.email,
    login: freeLogin(s, input.name, input.email),
    role: input.role,
    permissions: input.permissions ?? [],
    notifications: input.notifications ?? NO_NOTIFICATIONS,
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
  const admin = s.requireAdmin();
  const input = validate(UserUpdate, patch);
  checkVersion(user, ref.version);
  if (input.status === 'active' && user.status === 'invited') {
    throw conflict('An invited user becomes active by choosing a password', 'status', 'invited');
  }
  if (user.id === admin.id && (input.status === 'disabled' || input.role === 'user')) {
    throw conflict('You cannot disable yourself or give up your own admin role');
  }
  if (input.email !== undefined && s.store.isEmailTaken(input.email, user.id)) {
    throw conflict('This e-mail address is in use', 'email', 'taken');
  }
  if (input.permissions) checkPermissions(s, input.permissions);
  const status = nextStatus(s, user, input.status);
  const updated: User = {
    ...user,
    ...input,
    ...(status ? { status } : {}),
    updatedAt: s.timestamp(),
    version: user.version + 1,
  };
  s.store.users.set(updated);
  return updated;
}

export function deleteUser(s: Session, ref: Versioned): void {
  const user = getUser(s, ref.id);
  const admin = s.requireAdmin();
  checkVersion(user, ref.version);
  if (user.id === admin.id) throw conflict('You cannot delete yourself');
  s.store.users.delete(user.id);
}

/** A new link replaces the pending one; the user's current password keeps working until the link is used. */
export function sendPasswordLink(s: Session, userId: string): PasswordLink {
  const user = getUser(s, userId);
  s.requireAdmin();
  if (user.status === 'disabled') throw conflict('Enable the user before sending a password link');
  const passwordLink = newPasswordLink(s.now());
  s.store.users.set({ ...user, passwordLink, updatedAt: s.timestamp(), version: user.version + 1 });
  return passwordLink;
}

/** What each disabled user was before, per store: enabling restores it (an invited user stays invited). */
const statusBeforeDisable = new WeakMap<object, Map<string, User['status']>>();

/** The status a status change leads to; undefined when the patch does not change the status. */
function nextStatus(
  s: Session,
  user: User,
  wanted: 'active' | 'disabled' | undefined,
): User['status'] | undefined {
  if (!wanted) return undefined;
  let before = statusBeforeDisable.get(s.store);
  if (!before) statusBeforeDisable.set(s.store, (before = new Map()));
  if (wanted === 'disabled') {
    if (user.status !== 'disabled') before.set(user.id, user.status);
    return 'disabled';
  }
  if (user.status !== 'disabled') return user.status;
  const restored =
    before.get(user.id) ?? (user.lastLoginAt === null && user.passwordLink ? 'invited' : 'active');
  before.delete(user.id);
  return restored;
}

/**
 * The login base for a new user: from the name, or, when the name has no letter or digit that
 * folds to Latin (only symbols, another script), from the e-mail's local part.
 */
export function loginBase(name: string, email: string): string {
  const fromName = loginFromName(name);
  if (fromName !== 'user' || /\buser\b/i.test(name)) return fromName;
  return loginFromName(email.split('@')[0] ?? '');
}

/** The login derived from the name, with a number appended while a current user has it (`anna.schmidt2`). */
function freeLogin(s: Session, name: string, email: string): string {
  const base = loginBase(name, email);
  const taken = new Set<string>();
  for (const user of s.store.users.values()) if (user.login.startsWith(base)) taken.add(user.login);
  return uniqueLogin(base, taken);
}

function newPasswordLink(now: Date): PasswordLink {
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_DAYS * 86_400_000);
  return { sentAt: now.toISOString(), expiresAt: expiresAt.toISOString() };
}

/** Only permissions of the reseller's catalog may be granted. */
function checkPermissions(s: Session, ids: string[]): void {
  const known = new Set(s.store.permissions.map((p) => p.id));
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown >= 0) {
    throw invalid(`permissions.${unknown}`, 'unknown_permission', `Unknown permission "${ids[unknown]}"`);
  }
}
