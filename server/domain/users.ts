import { uniqueLogin } from '../../src/api/memory/demo-data.js';
import { loginBase } from '../../src/api/memory/users.js';
import type { Account, Notifications, User, UserCreate } from '../../src/api/schemas/index.js';
import { issuePasswordLink } from '../auth/password-links.js';
import { newId } from '../auth/tokens.js';
import type { Deps } from '../context.js';
import { isUniqueViolation, type Queryable } from '../db/db.js';
import { toUser } from '../db/rows.js';
import { conflict, fieldError } from '../http/problem.js';
import type { LinkPurpose } from '../mail/password-link-mail.js';

const NO_NOTIFICATIONS: Notifications = {
  billing: false,
  general: false,
  product: false,
  domain: false,
  support: false,
};

/** 422 when a permission id is not in the catalog. */
export async function checkPermissions(db: Queryable, ids: string[], path = 'permissions'): Promise<void> {
  if (!ids.length) return;
  const rows = await db.query<{ id: string }>('SELECT id FROM permissions WHERE id = ANY($1::text[])', [ids]);
  const known = new Set(rows.map((r) => r.id));
  const index = ids.findIndex((id) => !known.has(id));
  if (index >= 0)
    throw fieldError(422, `${path}.${index}`, 'unknown_permission', `Unknown permission "${ids[index]}".`);
}

/** 409 on `path` when another user already has this e-mail (it is also a user name, seed 002). */
export async function checkEmailFree(
  db: Queryable,
  email: string,
  path = 'email',
  exceptUserId = '',
): Promise<void> {
  const rows = await db.query('SELECT 1 FROM users WHERE lower(email) = lower($1) AND id <> $2', [
    email,
    exceptUserId,
  ]);
  if (rows.length) throw fieldError(409, path, 'taken', 'Another user already has this e-mail address.');
}

/**
 * 409 when `user` is the last administrator of their account who is not disabled: every customer
 * needs one who can manage the others (seed 004).
 */
export async function checkNotLastAdmin(db: Queryable, user: User): Promise<void> {
  if (user.role !== 'admin' || user.status === 'disabled') return;
  const others = await db.query(
    "SELECT 1 FROM users WHERE account_id = $1 AND role = 'admin' AND status <> 'disabled' AND id <> $2 LIMIT 1",
    [user.accountId, user.id],
  );
  if (!others.length)
    throw conflict('Every account needs at least one administrator; appoint another one first.');
}

/** The login derived from the name, with a number appended when it is taken (`anna.schmidt2`). */
async function freeLogin(db: Queryable, name: string, email: string): Promise<string> {
  // A name of only symbols (or in another script) takes its login from the e-mail address.
  const base = loginBase(name, email);
  const rows = await db.query<{ login: string }>("SELECT login FROM users WHERE login LIKE $1 || '%'", [
    base,
  ]);
  return uniqueLogin(base, new Set(rows.map((r) => r.login)));
}

/**
 * Rounds of "pick a free login, insert" before giving up. Creates racing for one name on PostgreSQL
 * pick the same login; the insert that loses waits for the winner, then picks again, so each round
 * at least one of them gets its login.
 */
const LOGIN_ROUNDS = 50;

/**
 * Creates an invited user in `account` and mails them a link to choose their password (seed 000).
 * `emailPath` names the field a duplicate e-mail is reported on.
 */
export async function createInvitedUser(
  deps: Deps,
  tx: Queryable,
  account: Account,
  body: UserCreate,
  purpose: LinkPurpose,
  emailPath = 'email',
): Promise<User> {
  await checkEmailFree(tx, body.email, emailPath);
  await checkPermissions(tx, body.permissions ?? []);
  const now = deps.now();
  const id = newId('usr');
  let login: string | undefined;
  for (let round = 0; !login; round++) {
    if (round === LOGIN_ROUNDS)
      throw fieldError(
        409,
        'name',
        'taken',
        'Too many users with this name are being created at once; try again.',
      );
    const candidate = await freeLogin(tx, body.name, body.email);
    try {
      // A login another create took meanwhile inserts nothing, and the next round picks the next one.
      const inserted = await tx.query(
        `INSERT INTO users (id, account_id, name, email, login, role, permissions, notifications, locale, status,
           created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, 'invited', $10, $10, 0)
         ON CONFLICT (login) DO NOTHING RETURNING id`,
        [
          id,
          account.id,
          body.name,
          body.email,
          candidate,
          body.role,
          JSON.stringify(body.permissions ?? []),
          JSON.stringify(body.notifications ?? NO_NOTIFICATIONS),
          body.locale ?? null,
          now,
        ],
      );
      if (inserted.length) login = candidate;
    } catch (error) {
      // A create that raced another with the same address lost: the same answer as the check above.
      if (isUniqueViolation(error) && error.constraint === 'users_email')
        throw fieldError(409, emailPath, 'taken', 'Another user already has this e-mail address.');
      throw error;
    }
  }
  // Issuing the link bumps the version to 1.
  await issuePasswordLink(
    deps,
    tx,
    { id, name: body.name, email: body.email, login, locale: body.locale ?? null },
    account.name,
    purpose,
  );
  const [row] = await tx.query('SELECT * FROM users WHERE id = $1', [id]);
  return toUser(row!);
}

/**
 * The assignment that enables a disabled user: back to `invited` while they have never chosen a
 * password, else `active` (enabling restores the status the user had).
 */
export const ENABLE_STATUS_SQL = "status = CASE WHEN password_hash IS NULL THEN 'invited' ELSE 'active' END";
