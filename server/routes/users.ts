import { Hono } from 'hono';
import { countBoundFor } from '../../src/api/memory/count-bound.js';
import { UserCreate, UserListQuery, UserUpdate, type User } from '../../src/api/schemas/index.js';
import { accountInScope, requireAdmin } from '../auth/access.js';
import { audited, fieldNames } from '../audit/record.js';
import { issuePasswordLink } from '../auth/password-links.js';
import type { AppEnv, Deps, Principal } from '../context.js';
import { isUniqueViolation } from '../db/db.js';
import { Params } from '../db/params.js';
import { USER_JSON, toUser } from '../db/rows.js';
import {
  ENABLE_STATUS_SQL,
  checkEmailFree,
  checkNotLastAdmin,
  checkPermissions,
  createInvitedUser,
} from '../domain/users.js';
import { idempotencyKey, writeOnce } from '../http/idempotency.js';
import { jsonText } from '../http/json-text.js';
import { ListSql, containsFolded, orderBy, parseListQuery } from '../http/list-query.js';
import { conflict, fieldError, notFound } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import { requireIfMatch, staleVersion, versioned } from '../http/versions.js';

/** The orders the list offers: field → columns (each has an index, migration 008). */
export const SORTABLE = {
  // Accents ignored first (migration 003), so that Ágnes comes before Zsófia.
  name: 'name_key, name',
  email: 'lower(email)',
  login: 'login',
  role: 'role',
  status: 'status',
  createdAt: 'created_at',
  lastLoginAt: 'last_login_at',
};

/** `/api/accounts/{id}/users`: list and create users of an account. */
export function accountUserRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.get('/:id/users', async (c) => {
    const account = await accountInScope(db, c.get('principal'), c.req.param('id'));
    const query = parseListQuery(UserListQuery, c.req.query());
    const sql = new ListSql();
    sql.where(`account_id = ${sql.p(account.id)}`);
    if (query.q) sql.where(containsFolded(sql, 'search_text', query.q));
    if (query.role) sql.where(`role = ${sql.p(query.role)}`);
    if (query.status) sql.where(`status = ${sql.p(query.status)}`);
    const order = orderBy(query.sort, SORTABLE, 'name');
    const page = await sql.pageJson(db, 'users', order, query, USER_JSON, countBoundFor(query), {
      prepare: sql.planning,
    });
    return jsonText(c, page);
  });

  app.post('/:id/users', async (c) => {
    const principal = c.get('principal');
    const account = await accountInScope(db, principal, c.req.param('id'));
    requireAdmin(principal);
    const key = idempotencyKey(c);
    const body = await readBody(c.req.raw, UserCreate);
    const scope = { endpoint: 'users', accountId: account.id, key, request: body, now: deps.now() };
    const created = await writeOnce(db, scope, async (tx) => {
      const user = await createInvitedUser(deps, tx, account, body, 'new-user');
      await audited(c, deps, 'user.create', account.id, ['user', user.id], fieldNames(body), tx);
      return { status: 201, body: user };
    });
    await deps.mailer.deliverPending();
    return versioned(created.body, created.status);
  });

  return app;
}

/** The user `id` if it belongs to an account in the principal's scope; 404 otherwise. */
async function userInScope(deps: Deps, principal: Principal, id: string): Promise<User> {
  const [row] = await deps.db.query('SELECT * FROM users WHERE id = $1', [id]);
  if (!row) throw notFound('User');
  const user = toUser(row);
  await accountInScope(deps.db, principal, user.accountId).catch(() => {
    throw notFound('User');
  });
  return user;
}

/** `/api/users/{id}`: read, change, delete one user; send a (replacement) password link. */
export function userRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.get('/:id', async (c) => versioned(await userInScope(deps, c.get('principal'), c.req.param('id'))));

  app.patch('/:id', async (c) => {
    const principal = c.get('principal');
    const user = await userInScope(deps, principal, c.req.param('id'));
    requireAdmin(principal);
    const patch = await readBody(c.req.raw, UserUpdate);
    requireIfMatch(c.req.raw, user.version);
    if (patch.status === 'active' && user.status === 'invited')
      throw fieldError(409, 'status', 'invited', 'An invited user becomes active by choosing a password.');
    if (user.id === principal.user.id && (patch.status === 'disabled' || patch.role === 'user'))
      throw conflict('You cannot disable yourself or give up your own admin role.');
    const updated = await db.transaction(async (tx) => {
      if (patch.role === 'user' || patch.status === 'disabled') await checkNotLastAdmin(tx, user);
      if (patch.email !== undefined) await checkEmailFree(tx, patch.email, 'email', user.id);
      if (patch.permissions) await checkPermissions(tx, patch.permissions);
      const sql = new Params();
      const assignments: string[] = [];
      const set = (column: string, value: unknown, cast = '') =>
        assignments.push(`${column} = ${sql.p(value)}${cast}`);
      if (patch.name !== undefined) set('name', patch.name);
      if (patch.email !== undefined) set('email', patch.email);
      if (patch.role !== undefined) set('role', patch.role);
      if (patch.permissions !== undefined) set('permissions', JSON.stringify(patch.permissions), '::jsonb');
      if (patch.notifications !== undefined)
        set('notifications', JSON.stringify(patch.notifications), '::jsonb');
      if (patch.locale !== undefined) set('locale', patch.locale);
      if (patch.status === 'disabled') set('status', 'disabled');
      // Enabling restores the status the user had: invited until they chose a password.
      else if (patch.status === 'active' && user.status === 'disabled') assignments.push(ENABLE_STATUS_SQL);
      set('updated_at', deps.now());
      try {
        const rows = await tx.query(
          `UPDATE users SET ${assignments.join(', ')}, version = version + 1
           WHERE id = ${sql.p(user.id)} AND version = ${sql.p(user.version)} RETURNING *`,
          sql.params,
        );
        if (!rows.length) throw staleVersion();
        // A disabled user's sessions end at once.
        if (patch.status === 'disabled') await tx.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
        await audited(c, deps, 'user.update', user.accountId, ['user', user.id], fieldNames(patch), tx);
        return toUser(rows[0]!);
      } catch (error) {
        if (isUniqueViolation(error))
          throw fieldError(409, 'email', 'taken', 'Another user already has this e-mail address.');
        throw error;
      }
    });
    return versioned(updated);
  });

  app.delete('/:id', async (c) => {
    const principal = c.get('principal');
    const user = await userInScope(deps, principal, c.req.param('id'));
    requireAdmin(principal);
    requireIfMatch(c.req.raw, user.version);
    if (user.id === principal.user.id) throw conflict('You cannot delete yourself.');
    await db.transaction(async (tx) => {
      await checkNotLastAdmin(tx, user);
      const rows = await tx.query('DELETE FROM users WHERE id = $1 AND version = $2 RETURNING id', [
        user.id,
        user.version,
      ]);
      if (!rows.length) throw staleVersion();
      await audited(c, deps, 'user.delete', user.accountId, ['user', user.id], [], tx);
    });
    return c.body(null, 204);
  });

  app.post('/:id/password-link', async (c) => {
    const principal = c.get('principal');
    const user = await userInScope(deps, principal, c.req.param('id'));
    requireAdmin(principal);
    if (user.status === 'disabled') throw conflict('Enable the user before sending a password link.');
    await deps.limiter.hit([
      [`link:account:${principal.account.id}`, deps.config.rateLimits.linkPerAccount],
      [`link:address:${user.email.toLowerCase()}`, deps.config.rateLimits.linkPerAddress],
    ]);
    const [account] = await db.query<{ name: string }>('SELECT name FROM accounts WHERE id = $1', [
      user.accountId,
    ]);
    const link = await db.transaction(async (tx) => {
      const issued = await issuePasswordLink(deps, tx, user, account!.name, 'replacement');
      await audited(c, deps, 'user.password-link', user.accountId, ['user', user.id], [], tx);
      return issued;
    });
    await deps.mailer.deliverPending();
    return c.json(link, 201);
  });

  return app;
}
