import { Hono } from 'hono';
import { countBoundFor } from '../../src/api/memory/count-bound.js';
import {
  AccessRightCreate,
  AccessRightListQuery,
  AccessRightUpdate,
  type AccessRight,
} from '../../src/api/schemas/index.js';
import { accountInScope, requireAdmin } from '../auth/access.js';
import { audited, fieldNames } from '../audit/record.js';
import { newId } from '../auth/tokens.js';
import type { AppEnv, Deps, Principal } from '../context.js';
import type { Queryable } from '../db/db.js';
import { Params } from '../db/params.js';
import { ACCESS_RIGHT_JSON, toAccessRight } from '../db/rows.js';
import { idempotencyKey, writeOnce } from '../http/idempotency.js';
import { jsonText } from '../http/json-text.js';
import { ListSql, containsFolded, orderBy, parseListQuery } from '../http/list-query.js';
import { conflict, fieldError, notFound } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import { requireIfMatch, staleVersion, versioned } from '../http/versions.js';

/** The orders the list offers: field → columns (each has an index, migration 008). */
export const SORTABLE = {
  id: 'id',
  offerId: 'offer_id',
  productId: 'product_id',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  status: 'status',
  manual: 'manual',
  createdAt: 'created_at',
};

/**
 * The platform product behind `productId` (seed 003): a platform product itself, or an external id
 * some existing right already maps; an unknown id stands for itself.
 */
async function resolveProduct(
  db: Queryable,
  productId: string,
): Promise<{ platformProductId: string; productName: string }> {
  const [product] = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM products WHERE id = $1',
    [productId],
  );
  if (product) return { platformProductId: product.id, productName: product.name };
  const [mapped] = await db.query<{ platform_product_id: string; product_name: string }>(
    'SELECT platform_product_id, product_name FROM access_rights WHERE product_id = $1 LIMIT 1',
    [productId],
  );
  if (mapped) return { platformProductId: mapped.platform_product_id, productName: mapped.product_name };
  return { platformProductId: productId, productName: productId };
}

/** `/api/accounts/{id}/access-rights`: every single right of an account (seed 003). */
export function accountAccessRightRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.get('/:id/access-rights', async (c) => {
    const account = await accountInScope(db, c.get('principal'), c.req.param('id'));
    const query = parseListQuery(AccessRightListQuery, c.req.query());
    const sql = new ListSql();
    sql.where(`account_id = ${sql.p(account.id)}`);
    if (query.q) sql.where(containsFolded(sql, 'search_text', query.q));
    if (query.status) sql.where(`status = ${sql.p(query.status)}`);
    if (query.manual !== undefined) sql.where(`manual = ${sql.p(query.manual)}`);
    if (query.validOn) {
      // Valid on a day: startsAt ≤ day < endsAt (or open-ended), the day taken as its UTC midnight.
      const day = sql.p(`${query.validOn}T00:00:00Z`);
      sql.where(`starts_at <= ${day}::timestamptz AND (ends_at IS NULL OR ends_at > ${day}::timestamptz)`);
    }
    const order = orderBy(query.sort, SORTABLE, 'startsAt');
    const bound = countBoundFor(query);
    const page = await sql.pageJson(db, 'access_rights', order, query, ACCESS_RIGHT_JSON, bound, {
      prepare: sql.planning,
    });
    return jsonText(c, page);
  });

  app.post('/:id/access-rights', async (c) => {
    const principal = c.get('principal');
    const account = await accountInScope(db, principal, c.req.param('id'));
    requireAdmin(principal);
    const key = idempotencyKey(c);
    const body = await readBody(c.req.raw, AccessRightCreate);
    const now = deps.now();
    const scope = { endpoint: 'access-rights', accountId: account.id, key, request: body, now };
    const created = await writeOnce(db, scope, async (tx) => {
      const { platformProductId, productName } = await resolveProduct(tx, body.productId);
      const [row] = await tx.query(
        `INSERT INTO access_rights (id, account_id, offer_id, product_id, platform_product_id, product_name, tier_id,
           subscription_id, starts_at, ends_at, status, manual, created_at, updated_at, version)
         VALUES ($1, $2, NULL, $3, $4, $5, $6, NULL, $7, $8, $9, true, $10, $10, 1) RETURNING *`,
        [
          newId('ar'),
          account.id,
          body.productId,
          platformProductId,
          productName,
          body.tierId ?? null,
          body.startsAt,
          body.endsAt ?? null,
          body.status ?? 'active',
          now,
        ],
      );
      const right = toAccessRight(row!);
      await audited(
        c,
        deps,
        'access-right.create',
        account.id,
        ['access-right', right.id],
        fieldNames(body),
        tx,
      );
      return { status: 201, body: right };
    });
    return versioned(created.body, created.status);
  });

  return app;
}

async function rightInScope(deps: Deps, principal: Principal, id: string): Promise<AccessRight> {
  const [row] = await deps.db.query('SELECT * FROM access_rights WHERE id = $1', [id]);
  if (!row) throw notFound('Access right');
  const right = toAccessRight(row);
  await accountInScope(deps.db, principal, right.accountId).catch(() => {
    throw notFound('Access right');
  });
  return right;
}

const onlyManual = () => conflict('Only manually created access rights can be changed or deleted.');

/** `/api/access-rights/{id}`: read one; change or delete manual ones only. */
export function accessRightRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.get('/:id', async (c) => versioned(await rightInScope(deps, c.get('principal'), c.req.param('id'))));

  app.patch('/:id', async (c) => {
    const principal = c.get('principal');
    const right = await rightInScope(deps, principal, c.req.param('id'));
    requireAdmin(principal);
    const patch = await readBody(c.req.raw, AccessRightUpdate);
    requireIfMatch(c.req.raw, right.version);
    if (!right.manual) throw onlyManual();
    // The schema checks start < end within the patch; this checks it against the stored other end.
    const startsAt = patch.startsAt ?? right.startsAt;
    const endsAt = patch.endsAt === undefined ? right.endsAt : patch.endsAt;
    if (endsAt && Date.parse(startsAt) >= Date.parse(endsAt))
      throw fieldError(422, 'endsAt', 'end_before_start', 'The end must lie after the start.');
    const updated = await db.transaction(async (tx) => {
      const sql = new Params();
      const rows = await tx.query(
        `UPDATE access_rights SET starts_at = ${sql.p(startsAt)}, ends_at = ${sql.p(endsAt)},
           status = ${sql.p(patch.status ?? right.status)}, updated_at = ${sql.p(deps.now())}, version = version + 1
         WHERE id = ${sql.p(right.id)} AND version = ${sql.p(right.version)} RETURNING *`,
        sql.params,
      );
      if (!rows.length) throw staleVersion();
      const fields = fieldNames(patch);
      await audited(c, deps, 'access-right.update', right.accountId, ['access-right', right.id], fields, tx);
      return toAccessRight(rows[0]!);
    });
    return versioned(updated);
  });

  app.delete('/:id', async (c) => {
    const principal = c.get('principal');
    const right = await rightInScope(deps, principal, c.req.param('id'));
    requireAdmin(principal);
    requireIfMatch(c.req.raw, right.version);
    if (!right.manual) throw onlyManual();
    await db.transaction(async (tx) => {
      const rows = await tx.query('DELETE FROM access_rights WHERE id = $1 AND version = $2 RETURNING id', [
        right.id,
        right.version,
      ]);
      if (!rows.length) throw staleVersion();
      await audited(c, deps, 'access-right.delete', right.accountId, ['access-right', right.id], [], tx);
    });
    return c.body(null, 204);
  });

  return app;
}
