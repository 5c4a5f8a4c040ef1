import { Hono } from 'hono';
import { AccountCreate, AccountListQuery, AccountUpdate, type Account } from '../../src/api/schemas/index.js';
import { accountInScope, requireAdmin } from '../auth/access.js';
import { newId } from '../auth/tokens.js';
import type { AppEnv, Deps } from '../context.js';
import { isUniqueViolation, type Queryable } from '../db/db.js';
import { toAccount } from '../db/rows.js';
import { createInvitedUser } from '../domain/users.js';
import { productTypeOrThrow, trialEnd } from '../domain/product-types.js';
import { Params } from '../db/params.js';
import { ListSql, containsPattern, orderBy, parseListQuery } from '../http/list-query.js';
import { fieldError, forbidden } from '../http/problem.js';
import { readBody } from '../http/validate.js';
import { requireIfMatch, staleVersion, versioned } from '../http/versions.js';

const SORTABLE = {
  name: 'lower(name)',
  reference: 'reference',
  country: 'country',
  status: 'status',
  createdAt: 'created_at',
};

const nameTaken = () =>
  fieldError(409, 'name', 'taken', 'Another account under the same parent has this name.');

/** Inserts or updates, turning the sibling-name index violation into 409 on `name`. */
async function guardName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

async function checkNameFree(
  db: Queryable,
  parentId: string | null,
  name: string,
  exceptId = '',
): Promise<void> {
  const rows = await db.query(
    "SELECT 1 FROM accounts WHERE coalesce(parent_id, '') = coalesce($1, '') AND lower(name) = lower($2) AND id <> $3",
    [parentId, name, exceptId],
  );
  if (rows.length) throw nameTaken();
}

/** `/api/accounts/{id}` and its children (seed 004: customers, sub-accounts, primary admin). */
export function accountRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.get('/:id', async (c) => versioned(await accountInScope(db, c.get('principal'), c.req.param('id'))));

  app.patch('/:id', async (c) => {
    const principal = c.get('principal');
    const account = await accountInScope(db, principal, c.req.param('id'));
    requireAdmin(principal);
    const patch = await readBody(c.req.raw, AccountUpdate);
    requireIfMatch(c.req.raw, account.version);
    // What an account is billed for is decided by the account above it, not by itself.
    const commercial = (['productTypeId', 'trial', 'internal', 'status'] as const).filter(
      (f) => patch[f] !== undefined,
    );
    if (account.id === principal.account.id && commercial.length)
      throw forbidden(`Only the account above yours may change: ${commercial.join(', ')}.`);
    const now = deps.now();
    const updated = await db.transaction(async (tx) => {
      const sql = new Params();
      const assignments: string[] = [];
      const set = (column: string, value: unknown) => assignments.push(`${column} = ${sql.p(value)}`);
      if (patch.productTypeId !== undefined && patch.productTypeId !== account.productTypeId) {
        await productTypeOrThrow(tx, patch.productTypeId);
        if (account.productTypeId && (await productTypeOrThrow(tx, account.productTypeId)).lockedOnceAssigned)
          throw fieldError(
            409,
            'productTypeId',
            'locked',
            'This product type cannot be changed once assigned.',
          );
        set('product_type_id', patch.productTypeId);
      }
      if (patch.trial === true && !account.trial) {
        const typeId = patch.productTypeId ?? account.productTypeId;
        if (!typeId) throw fieldError(422, 'trial', 'trial_unavailable', 'Choose a product type first.');
        set('trial_ends_at', trialEnd(await productTypeOrThrow(tx, typeId), now));
      }
      if (patch.trial === false) set('trial_ends_at', null);
      if (patch.name !== undefined) {
        await checkNameFree(tx, account.parentId, patch.name, account.id);
        set('name', patch.name);
      }
      for (const [field, column] of [
        ['reference', 'reference'],
        ['country', 'country'],
        ['notes', 'notes'],
        ['internal', 'internal'],
        ['status', 'status'],
      ] as const)
        if (patch[field] !== undefined) set(column, patch[field]);
      set('updated_at', now);
      const rows = await guardName(() =>
        tx.query(
          `UPDATE accounts SET ${assignments.join(', ')}, version = version + 1
           WHERE id = ${sql.p(account.id)} AND version = ${sql.p(account.version)} RETURNING *`,
          sql.params,
        ),
      );
      if (!rows.length) throw staleVersion();
      return toAccount(rows[0]!);
    });
    return versioned(updated);
  });

  app.get('/:id/children', async (c) => {
    const parent = await accountInScope(db, c.get('principal'), c.req.param('id'));
    const query = parseListQuery(AccountListQuery, c.req.query());
    const sql = new ListSql();
    sql.where(`parent_id = ${sql.p(parent.id)}`);
    if (query.q) sql.where(`lower(name || ' ' || reference) LIKE ${sql.p(containsPattern(query.q))}`);
    if (query.status) sql.where(`status = ${sql.p(query.status)}`);
    return c.json(await sql.page(db, 'accounts', orderBy(query.sort, SORTABLE, 'name'), query, toAccount));
  });

  app.post('/:id/children', async (c) => {
    const principal = c.get('principal');
    const parent = await accountInScope(db, principal, c.req.param('id'));
    requireAdmin(principal);
    const body = await readBody(c.req.raw, AccountCreate);
    const now = deps.now();
    const created = await db.transaction(async (tx) => {
      const type = await productTypeOrThrow(tx, body.productTypeId);
      const trialEndsAt = body.trial ? trialEnd(type, now) : null;
      await checkNameFree(tx, parent.id, body.name);
      const id = newId('acc');
      const kind: Account['kind'] = parent.kind === 'reseller' ? 'customer' : 'sub-account';
      const [row] = await guardName(() =>
        tx.query(
          `INSERT INTO accounts (id, parent_id, kind, name, product_type_id, reference, country, notes, trial_ends_at,
             internal, status, created_at, updated_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'active', $11, $11, 1) RETURNING *`,
          [
            id,
            parent.id,
            kind,
            body.name,
            type.id,
            body.reference ?? '',
            body.country,
            body.notes ?? '',
            trialEndsAt,
            body.internal ?? false,
            now,
          ],
        ),
      );
      const account = toAccount(row!);
      // Every customer needs an administrator, invited as soon as the account exists (seed 004 step 2).
      const allPermissions = (
        await tx.query<{ id: string }>('SELECT id FROM permissions ORDER BY position')
      ).map((r) => r.id);
      await createInvitedUser(
        deps,
        tx,
        account,
        { ...body.primaryAdmin, role: 'admin', permissions: allPermissions },
        'invitation',
        'primaryAdmin.email',
      );
      return account;
    });
    await deps.mailer.deliverPending();
    return versioned(created, 201);
  });

  return app;
}
