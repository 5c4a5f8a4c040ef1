import { Hono } from 'hono';
import { countBoundFor } from '../../src/api/memory/count-bound.js';
import {
  ResourceListQuery,
  ResourceMove,
  ResourceUpdate,
  capFromInput,
  type Resource,
  type ResourceMoveItem,
  type ResourceMoveResult,
  type ResourceSelection,
} from '../../src/api/schemas/index.js';
import { fieldNames, recordAudit } from '../audit/record.js';
import { accountInScope, requireAdmin } from '../auth/access.js';
import type { AppEnv, Deps, Principal } from '../context.js';
import type { Queryable } from '../db/db.js';
import { Params } from '../db/params.js';
import { toResource } from '../db/rows.js';
import { ListSql, containsPattern, orderBy, parseListQuery } from '../http/list-query.js';
import { fieldError, notFound } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import { requireIfMatch, staleVersion, versioned } from '../http/versions.js';

const SORTABLE = {
  identifier: 'identifier',
  label: 'lower(label)',
  kind: 'kind',
  status: 'status',
  accountName: 'lower(account_name)',
  used: 'usage_used',
  createdAt: 'created_at',
};

/** Resources with their account's name, so that lists filter and sort by it. */
const WITH_ACCOUNT =
  '(SELECT r.*, a.name AS account_name FROM resources r JOIN accounts a ON a.id = r.account_id) AS t';

/** The ids of an account and of every account below it, as a subquery. */
const subtree = (sql: Params, accountId: string) =>
  `(WITH RECURSIVE sub AS (
      SELECT id FROM accounts WHERE id = ${sql.p(accountId)}
      UNION ALL SELECT a.id FROM accounts a JOIN sub ON a.parent_id = sub.id
    ) SELECT id FROM sub)`;

/** The conditions of a list (or of a move by query) over `WITH_ACCOUNT`. */
function filter(sql: ListSql, accountId: string, q: ResourceSelection): void {
  sql.where(
    q.include === 'descendants'
      ? `account_id IN ${subtree(sql, accountId)}`
      : `account_id = ${sql.p(accountId)}`,
  );
  if (q.q?.trim()) sql.where(`search_text LIKE ${sql.p(containsPattern(q.q.trim()))}`);
  if (q.accountName?.trim())
    sql.where(`lower(account_name) LIKE ${sql.p(containsPattern(q.accountName.trim()))}`);
  if (q.kind) sql.where(`kind = ${sql.p(q.kind)}`);
  if (q.status) sql.where(`status = ${sql.p(q.status)}`);
  if (q.overAlert !== undefined) sql.where(q.overAlert ? 'over_alert' : 'NOT over_alert');
}

/** Account names from the principal's own account down to each account of its scope. */
async function scopePaths(db: Queryable, principal: Principal): Promise<Map<string, string[]>> {
  const rows = await db.query<{ id: string; parent_id: string | null; name: string }>(
    `WITH RECURSIVE sub AS (
       SELECT id, parent_id, name FROM accounts WHERE id = $1
       UNION ALL SELECT a.id, a.parent_id, a.name FROM accounts a JOIN sub ON a.parent_id = sub.id
     ) SELECT id, parent_id, name FROM sub`,
    [principal.account.id],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<string, string[]>();
  const pathOf = (id: string): string[] => {
    let path = paths.get(id);
    if (!path) {
      const row = byId.get(id);
      if (!row) return [];
      const parent = row.id === principal.account.id || row.parent_id === null ? [] : pathOf(row.parent_id);
      paths.set(id, (path = [...parent, row.name]));
    }
    return path;
  };
  for (const id of byId.keys()) pathOf(id);
  return paths;
}

/** Query strings are text: `overAlert=true|false` means a boolean. */
function coerceFlags(raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  if (raw.overAlert === 'true' || raw.overAlert === 'false') out.overAlert = raw.overAlert === 'true';
  return out;
}

/** `/api/accounts/{id}/resources` and its move. */
export function accountResourceRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.get('/:id/resources', async (c) => {
    const principal = c.get('principal');
    const account = await accountInScope(db, principal, c.req.param('id'));
    const query = parseListQuery(ResourceListQuery, coerceFlags(c.req.query()) as Record<string, string>);
    const sql = new ListSql();
    filter(sql, account.id, query);
    const order = orderBy(query.sort, SORTABLE, 'identifier');
    const paths = await scopePaths(db, principal);
    return c.json(
      await sql.page(db, WITH_ACCOUNT, order, query, (row) => toResource(row, paths), countBoundFor(query)),
    );
  });

  app.post('/:id/resources/move', async (c) => {
    const principal = c.get('principal');
    const account = await accountInScope(db, principal, c.req.param('id'));
    requireAdmin(principal);
    const body = await readBody(c.req.raw, ResourceMove);
    // A target outside the scope refuses the whole move, and looks like one that does not exist.
    const target = await accountInScope(db, principal, body.to).catch(() => {
      throw fieldError(422, 'to', 'not-found', 'The target account does not exist or is not yours.');
    });
    const result = await db.transaction((tx) => move(tx, principal, deps.now(), account.id, target.id, body));
    return c.json(result);
  });

  return app;
}

/**
 * One move, in one transaction: resources of `accountId`'s subtree go to `to`. An id that is
 * unknown or outside the subtree fails on its own (the same answer for both, so nothing leaks);
 * resources already there are unchanged; the others move together.
 */
async function move(
  tx: Queryable,
  principal: Principal,
  now: Date,
  accountId: string,
  to: string,
  body: ResourceMove,
): Promise<ResourceMoveResult> {
  const sql = new ListSql();
  let requested: string[] | undefined;
  if ('ids' in body) {
    requested = [...new Set(body.ids)];
    sql.where(`id IN (SELECT jsonb_array_elements_text(${sql.p(JSON.stringify(requested))}::jsonb))`);
    sql.where(`account_id IN ${subtree(sql, accountId)}`);
  } else {
    filter(sql, accountId, body.query);
    if (body.except?.length)
      sql.where(`id NOT IN (SELECT jsonb_array_elements_text(${sql.p(JSON.stringify(body.except))}::jsonb))`);
  }
  // Locked until the transaction ends: a concurrent move of the same rows waits for this one.
  const found = await tx.query<{ id: string; account_id: string; version: number }>(
    `SELECT id, account_id, version FROM resources WHERE id IN (SELECT id FROM ${WITH_ACCOUNT} WHERE ${sql.conditions.join(' AND ')})
     ORDER BY identifier, id FOR UPDATE`,
    sql.params,
  );
  const where = new Map(found.map((r) => [r.id, r.account_id]));
  // Read after the lock: a move that committed first has raised the version this one expected.
  const expected = 'versions' in body ? body.versions : undefined;
  const changed = new Set(
    found
      .filter((r) => r.account_id !== to && expected?.[r.id] !== undefined && expected[r.id] !== r.version)
      .map((r) => r.id),
  );
  const moving = found.filter((r) => r.account_id !== to && !changed.has(r.id)).map((r) => r.id);
  if (moving.length) {
    const update = new Params();
    await tx.query(
      `UPDATE resources SET account_id = ${update.p(to)}, updated_at = ${update.p(now)}, version = version + 1
       WHERE id IN (SELECT jsonb_array_elements_text(${update.p(JSON.stringify(moving))}::jsonb))`,
      update.params,
    );
    // One audit event per resource moved, in the move's transaction: both exist, or neither.
    for (const id of moving)
      await recordAudit(tx, principal, now, {
        action: 'resource.move',
        accountId: to,
        target: { type: 'resource', id },
        fields: ['accountId'],
      });
  }
  const results: ResourceMoveItem[] = (requested ?? found.map((r) => r.id)).map((id) => {
    const from = where.get(id);
    if (from === undefined)
      return { id, outcome: 'failed', code: 'not-found', message: 'No such resource in this scope.' };
    if (changed.has(id))
      return { id, outcome: 'failed', code: 'changed', message: 'Changed since it was loaded; reload it.' };
    return { id, outcome: from === to ? 'unchanged' : 'moved' };
  });
  const count = (o: ResourceMoveItem['outcome']) => results.filter((r) => r.outcome === o).length;
  return { moved: count('moved'), unchanged: count('unchanged'), failed: count('failed'), results };
}

async function resourceInScope(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<{ resource: Resource; paths: Map<string, string[]> }> {
  const [row] = await db.query(`SELECT * FROM ${WITH_ACCOUNT} WHERE id = $1`, [id]);
  if (!row) throw notFound('Resource');
  await accountInScope(db, principal, row.account_id as string).catch(() => {
    throw notFound('Resource');
  });
  const paths = await scopePaths(db, principal);
  return { resource: toResource(row, paths), paths };
}

/** `/api/resources/{id}`: rename, set, change or remove the cap (admins, `If-Match`). */
export function resourceRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.get('/:id', async (c) =>
    versioned((await resourceInScope(db, c.get('principal'), c.req.param('id'))).resource),
  );

  app.patch('/:id', async (c) => {
    const principal = c.get('principal');
    const { resource, paths } = await resourceInScope(db, principal, c.req.param('id'));
    requireAdmin(principal);
    const patch = await readBody(c.req.raw, ResourceUpdate);
    requireIfMatch(c.req.raw, resource.version);
    if (patch.cap && !resource.usage)
      throw fieldError(422, 'cap', 'no-usage', 'This resource has no usage to cap.');
    const cap = patch.cap === undefined ? resource.cap : patch.cap && capFromInput(patch.cap);
    const sql = new Params();
    await db.transaction(async (tx) => {
      const rows = await tx.query(
        `UPDATE resources SET label = ${sql.p(patch.label ?? resource.label)},
         cap_limit = ${sql.p(cap?.limit ?? null)}, cap_alert = ${sql.p(cap?.alert ?? null)},
         updated_at = ${sql.p(deps.now())}, version = version + 1
       WHERE id = ${sql.p(resource.id)} AND version = ${sql.p(resource.version)} RETURNING id`,
        sql.params,
      );
      if (!rows.length) throw staleVersion();
      await recordAudit(tx, principal, deps.now(), {
        action: patch.cap === undefined ? 'resource.update' : 'resource.cap',
        accountId: resource.accountId,
        target: { type: 'resource', id: resource.id },
        fields: fieldNames(patch),
      });
    });
    const [row] = await db.query(`SELECT * FROM ${WITH_ACCOUNT} WHERE id = $1`, [resource.id]);
    return versioned(toResource(row!, paths));
  });

  return app;
}
