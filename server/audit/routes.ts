import { Hono } from 'hono';
import { AuditEventQuery } from '../../src/api/schemas/index.js';
import { accountInScope, requireAdmin } from '../auth/access.js';
import type { AppEnv, Deps } from '../context.js';
import { DEFAULT_LIMIT, parseListQuery } from '../http/list-query.js';
import { toAuditEvent } from './record.js';

/** `GET /api/accounts/{id}/audit-events`: admins, scope-checked, newest first, paged. */
export function auditRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.get('/:id/audit-events', async (c) => {
    const principal = c.get('principal');
    const account = await accountInScope(db, principal, c.req.param('id'));
    requireAdmin(principal);
    const query = parseListQuery(AuditEventQuery, c.req.query());
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const params: unknown[] = [account.id];
    const scope =
      query.include === 'descendants'
        ? `account_id IN (WITH RECURSIVE below AS (
           SELECT id FROM accounts WHERE id = $1
           UNION ALL SELECT a.id FROM accounts a JOIN below b ON a.parent_id = b.id
         ) SELECT id FROM below)`
        : 'account_id = $1';
    let where = `WHERE ${scope}`;
    if (query.action) {
      params.push(query.action);
      where += ` AND action = $${params.length}`;
    }
    const rows = await db.query(
      `SELECT *, count(*) OVER ()::int AS total FROM audit_events ${where}
       ORDER BY id DESC LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    const total =
      rows.length > 0
        ? (rows[0]!.total as number)
        : offset === 0
          ? 0
          : (
              await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events ${where}`, params)
            )[0]!.n;
    return c.json({ items: rows.map(toAuditEvent), total });
  });

  return app;
}
