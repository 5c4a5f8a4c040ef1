import { Hono } from 'hono';
import { checkPassword, hashPassword, verifyPassword } from '../auth/passwords.js';
import { LoginRequest, SetPasswordRequest } from '../auth/schemas.js';
import { authenticate } from '../auth/session.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { AppEnv, Deps } from '../context.js';
import type { Queryable } from '../db/db.js';
import { clientAddress } from '../http/client-address.js';
import { HttpError } from '../http/problem.js';
import { readBody } from '../http/validate.js';

const badCredentials = () => new HttpError(401, 'Wrong e-mail address, login or password.');
const noLoginPermission = () =>
  new HttpError(403, 'This user may not sign in: the "simple login" permission is not granted.');

/** The catalog permission that lets a normal user sign in at all (seed 002's "simple login"). */
export const LOGIN_PERMISSION = 'account.login';

/**
 * Whether the user may sign in: normal users need the catalog's login permission, when the
 * catalog offers one. Admins always may: every account keeps an admin who can manage its users,
 * and an admin without a way in would defeat that rule.
 */
async function maySignIn(db: Queryable, user: { role: string; permissions: string[] }): Promise<boolean> {
  if (user.role === 'admin' || user.permissions.includes(LOGIN_PERMISSION)) return true;
  const offered = await db.query('SELECT 1 FROM permissions WHERE id = $1', [LOGIN_PERMISSION]);
  return offered.length === 0;
}

/** A hash of a random password, computed once, to verify against when there is no real one. */
let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hashPassword(newToken()));

/** `/api/auth`: sign in and out, and set a password through a link (seed 000). */
export function authRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db, limiter, config } = deps;

  app.post('/login', async (c) => {
    const body = await readBody(c.req.raw, LoginRequest);
    const identifier = (body.email ?? body.login ?? '').trim().toLowerCase();
    const [row] = await db.query<{
      id: string;
      status: string;
      role: string;
      permissions: string[];
      password_hash: string | null;
      password_link_hash: string | null;
    }>(
      // The e-mail address or the login (always lower case), whichever the person types.
      `SELECT id, status, role, permissions, password_hash, password_link_hash FROM users
       WHERE lower(email) = $1 OR login = $1 LIMIT 1`,
      [identifier],
    );
    await limiter.hit([
      [`login:account:${row?.id ?? identifier}`, config.rateLimits.loginPerAccount],
      [`login:address:${clientAddress(c)}`, config.rateLimits.loginPerAddress],
    ]);
    // Unknown, invited and disabled users cost one scrypt too, so timing does not tell them apart.
    const matches = await verifyPassword(body.password, row?.password_hash ?? (await decoyHash()));
    if (!matches || !row?.password_hash || row.status !== 'active') throw badCredentials();
    if (!(await maySignIn(db, row))) throw noLoginPermission();

    const token = newToken();
    const now = deps.now();
    const expiresAt = new Date(now.getTime() + config.sessionTtlMs);
    await db.transaction(async (tx) => {
      // Signing in with the old password voids a pending link (seed 000).
      if (row.password_link_hash)
        await tx.query(
          `UPDATE users SET password_link_hash = NULL, password_link_sent_at = NULL, password_link_expires_at = NULL,
             updated_at = $2, version = version + 1 WHERE id = $1`,
          [row.id, now],
        );
      await tx.query('UPDATE users SET last_login_at = $2 WHERE id = $1', [row.id, now]);
      await tx.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2', [row.id, now]);
      await tx.query(
        'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        [hashToken(token), row.id, now, expiresAt],
      );
    });
    return c.json({ token, expiresAt: expiresAt.toISOString() });
  });

  app.post('/logout', authenticate(deps), async (c) => {
    await db.query('DELETE FROM sessions WHERE token_hash = $1', [c.get('principal').tokenHash]);
    return c.body(null, 204);
  });

  app.post('/password-links/:token', async (c) => {
    await limiter.hit([[`link-use:ip:${clientAddress(c)}`, config.rateLimits.loginPerAddress]]);
    const body = await readBody(c.req.raw, SetPasswordRequest);
    const [user] = await db.query<{
      id: string;
      email: string;
      login: string;
      password_link_expires_at: Date;
    }>('SELECT id, email, login, password_link_expires_at FROM users WHERE password_link_hash = $1', [
      hashToken(c.req.param('token')),
    ]);
    if (!user)
      throw new HttpError(404, 'This link is not valid: it was used, replaced or voided by a sign-in.');
    if (user.password_link_expires_at <= deps.now())
      throw new HttpError(410, 'This link has expired; ask for a new one.');
    const problems = checkPassword(body.password, user);
    if (problems.length) throw new HttpError(422, 'The password does not meet the rules.', problems);
    const passwordHash = await hashPassword(body.password);
    await db.transaction(async (tx) => {
      // The old password stops working, the link is spent, and sessions opened with the old password end.
      const updated = await tx.query(
        `UPDATE users SET password_hash = $2, password_link_hash = NULL, password_link_sent_at = NULL,
           password_link_expires_at = NULL,
           status = CASE WHEN status = 'invited' THEN 'active' ELSE status END,
           updated_at = $3, version = version + 1
         WHERE id = $1 AND password_link_hash = $4 RETURNING id`,
        [user.id, passwordHash, deps.now(), hashToken(c.req.param('token'))],
      );
      if (!updated.length)
        throw new HttpError(404, 'This link is not valid: it was used, replaced or voided by a sign-in.');
      await tx.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
    });
    return c.body(null, 204);
  });

  return app;
}
