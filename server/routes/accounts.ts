import { Hono } from 'hono';
import { countBoundFor, countCap } from '../../src/api/memory/count-bound.js';
import {
  AccountCreate,
  AccountListQuery,
  AccountUpdate,
  type Account,
  type AccountListItem,
  type AccountSettings,
  type ProductType,
} from '../../src/api/schemas/index.js';
import { checkSettings } from '../../src/api/settings.js';
import { fieldNames, recordAudit } from '../audit/record.js';
import { accountInScope, requireAdmin } from '../auth/access.js';
import { newId } from '../auth/tokens.js';
import type { AppEnv, Deps } from '../context.js';
import { isUniqueViolation, type Queryable } from '../db/db.js';
import { toAccount } from '../db/rows.js';
import { checkPermissions, createInvitedUser } from '../domain/users.js';
import { productTypeOrThrow, trialEnd } from '../domain/product-types.js';
import { Params } from '../db/params.js';
import { writeOnce, idempotencyKey } from '../http/idempotency.js';
import { DEFAULT_LIMIT, containsFolded, orderBy, parseListQuery } from '../http/list-query.js';
import { HttpError, fieldError, forbidden } from '../http/problem.js';
import { withBooleans } from '../http/query-booleans.js';
import { readBody } from '../http/validate.js';
import { requireIfMatch, staleVersion, versioned } from '../http/versions.js';

const SORTABLE = {
  // Accents ignored first (tk_fold, migrations 003/004), as the user list sorts names.
  name: 'name_key, name',
  reference: 'reference',
  country: 'country',
  status: 'status',
  createdAt: 'created_at',
  trialEndsAt: 'trial_ends_at',
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

/** Product settings as the type declares them (`src/api/settings.ts`, shared with the form), or 422. */
function settingsOrThrow(
  type: ProductType | null,
  input: Readonly<Record<string, unknown>>,
): AccountSettings {
  const { settings, problems } = checkSettings(type?.fields ?? [], input);
  if (problems.length) throw new HttpError(422, 'The request has invalid fields.', problems);
  return settings;
}

/**
 * Seed 004: one internal demo system per reseller. The reseller's row is locked for the rest of
 * the transaction, so two admins flagging two accounts at once cannot both succeed.
 */
async function checkOneInternal(tx: Queryable, parentId: string | null, exceptId = ''): Promise<void> {
  const [reseller] = await tx.query<{ id: string; name: string }>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, kind, name, 0 AS depth FROM accounts WHERE id = $1
       UNION ALL SELECT a.id, a.parent_id, a.kind, a.name, up.depth + 1 FROM accounts a JOIN up ON a.id = up.parent_id
     ) SELECT id, name FROM up WHERE kind = 'reseller' ORDER BY depth LIMIT 1`,
    [parentId],
  );
  if (!reseller) return;
  await tx.query('SELECT id FROM accounts WHERE id = $1 FOR UPDATE', [reseller.id]);
  const [other] = await tx.query<{ name: string }>(
    `WITH RECURSIVE below AS (
       SELECT id, name, internal FROM accounts WHERE parent_id = $1
       UNION ALL SELECT a.id, a.name, a.internal FROM accounts a JOIN below b ON a.parent_id = b.id
     ) SELECT name FROM below WHERE internal AND id <> $2 LIMIT 1`,
    [reseller.id, exceptId],
  );
  if (other)
    throw fieldError(
      409,
      'internal',
      'one_per_reseller',
      `${reseller.name} already has an internal demo system: ${other.name}.`,
    );
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
      const set = (column: string, value: unknown, cast = '') =>
        assignments.push(`${column} = ${sql.p(value)}${cast}`);
      const current = account.productTypeId ? await productTypeOrThrow(tx, account.productTypeId) : null;
      let type = current;
      if (patch.productTypeId !== undefined && patch.productTypeId !== account.productTypeId) {
        type = await productTypeOrThrow(tx, patch.productTypeId);
        if (current?.lockedOnceAssigned)
          throw fieldError(
            409,
            'productTypeId',
            'locked',
            'This product type cannot be changed once assigned.',
          );
        set('product_type_id', patch.productTypeId);
      }
      if (patch.settings !== undefined || type !== current) {
        // A new type keeps the values of the fields it declares too; `settings` replaces them all.
        const declared = new Set((type?.fields ?? []).map((f) => f.id));
        const kept = Object.fromEntries(Object.entries(account.settings).filter(([k]) => declared.has(k)));
        set('settings', JSON.stringify(settingsOrThrow(type, patch.settings ?? kept)), '::jsonb');
      }
      if (patch.trial === true && !account.trial) {
        if (!type) throw fieldError(422, 'trial', 'trial_unavailable', 'Choose a product type first.');
        set('trial_ends_at', trialEnd(type, now));
      }
      if (patch.trial === false) set('trial_ends_at', null);
      if (patch.name !== undefined) {
        await checkNameFree(tx, account.parentId, patch.name, account.id);
        set('name', patch.name);
      }
      if (patch.internal === true && !account.internal)
        await checkOneInternal(tx, account.parentId, account.id);
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
      const action =
        patch.status === 'suspended' && account.status !== 'suspended'
          ? 'account.suspend'
          : patch.status === 'active' && account.status !== 'active'
            ? 'account.reactivate'
            : 'account.update';
      await recordAudit(tx, principal, now, {
        action,
        accountId: account.id,
        target: { type: 'account', id: account.id },
        fields: fieldNames(patch),
      });
      return toAccount(rows[0]!);
    });
    return versioned(updated);
  });

  app.get('/:id/children', async (c) => {
    const parent = await accountInScope(db, c.get('principal'), c.req.param('id'));
    const query = parseListQuery(AccountListQuery, withBooleans(c.req.query(), ['trial', 'internal']));
    return c.json(await listAccounts(db, parent.id, query));
  });

  app.post('/:id/children', async (c) => {
    const principal = c.get('principal');
    const parent = await accountInScope(db, principal, c.req.param('id'));
    requireAdmin(principal);
    const key = idempotencyKey(c);
    const body = await readBody(c.req.raw, AccountCreate);
    const now = deps.now();
    const scope = { endpoint: 'children', accountId: parent.id, key, request: body, now };
    const created = await writeOnce(db, scope, async (tx) => {
      const type = await productTypeOrThrow(tx, body.productTypeId);
      const trialEndsAt = body.trial ? trialEnd(type, now) : null;
      const settings = settingsOrThrow(type, body.settings ?? {});
      await checkNameFree(tx, parent.id, body.name);
      if (body.internal) await checkOneInternal(tx, parent.id);
      const { permissions: chosen, ...admin } = body.primaryAdmin;
      if (chosen) await checkPermissions(tx, chosen, 'primaryAdmin.permissions');
      const id = newId('acc');
      const kind: Account['kind'] = parent.kind === 'reseller' ? 'customer' : 'sub-account';
      const [row] = await guardName(() =>
        tx.query(
          `INSERT INTO accounts (id, parent_id, kind, name, product_type_id, reference, country, notes, trial_ends_at,
             internal, status, settings, created_at, updated_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'active', $11::jsonb, $12, $12, 1) RETURNING *`,
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
            JSON.stringify(settings),
            now,
          ],
        ),
      );
      const account = toAccount(row!);
      // Every customer needs an administrator, invited as soon as the account exists (seed 004 step 2).
      const permissions =
        chosen ??
        (await tx.query<{ id: string }>('SELECT id FROM permissions ORDER BY position')).map((r) => r.id);
      const user = await createInvitedUser(
        deps,
        tx,
        account,
        { ...admin, role: 'admin', permissions },
        'invitation',
        'primaryAdmin.email',
      );
      await recordAudit(tx, principal, now, {
        action: 'account.create',
        accountId: account.id,
        target: { type: 'account', id: account.id },
        fields: fieldNames(body),
      });
      await recordAudit(tx, principal, now, {
        action: 'user.create',
        accountId: account.id,
        target: { type: 'user', id: user.id },
        fields: fieldNames(body.primaryAdmin),
      });
      return { status: 201, body: account };
    });
    await deps.mailer.deliverPending();
    return versioned(created.body, created.status);
  });

  return app;
}

/**
 * Children of `rootId`, or with `include=descendants` every account below it at any depth with its path
 * from the root: one query, filtered, sorted and paged in SQL, with each row's child count; the
 * total counted no further than the bound (src/api/memory/count-bound.ts).
 */
async function listAccounts(
  db: Queryable,
  rootId: string,
  query: AccountListQuery,
): Promise<{ items: AccountListItem[]; total: number; totalExact?: false }> {
  const sql = new Params();
  const conditions: string[] = [];
  if (query.q) conditions.push(containsFolded(sql, 't.search_text', query.q));
  if (query.status) conditions.push(`t.status = ${sql.p(query.status)}`);
  if (query.productTypeId) conditions.push(`t.product_type_id = ${sql.p(query.productTypeId)}`);
  if (query.trial !== undefined) conditions.push(`t.trial_ends_at IS ${query.trial ? 'NOT ' : ''}NULL`);
  if (query.internal !== undefined) conditions.push(`t.internal = ${sql.p(query.internal)}`);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const order = orderBy(query.sort, SORTABLE, 'name')
    .replace(/ORDER BY /, '')
    .split(', ')
    .map((part) => `t.${part}`)
    .join(', ');
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const cap = countCap(offset + limit, countBoundFor(query));
  const root = sql.p(rootId);
  // Below the root by the materialized ancestors (migration 009), so that a search is one GIN index
  // scan on both conditions; path_ids are the ancestors below the root. Walking the subtree
  // recursively and filtering it afterwards cost ~30 ms over Scale Telecom's 7,000 accounts.
  const source =
    query.include === 'descendants'
      ? `SELECT a.*, a.ancestors[array_position(a.ancestors, ${root}) + 1:] AS path_ids
         FROM accounts a WHERE a.ancestors @> ARRAY[${root}]::text[]`
      : `SELECT a.*, ARRAY[]::text[] AS path_ids FROM accounts a WHERE a.parent_id = ${root}`;
  // Sorting, counting and slicing carry each match's id and path only (a search may match hundreds
  // of accounts), and stop at the count's cap; whole rows, child counts and paths are read for the
  // rows of the page alone. Past the end, the one row is the count alone.
  const rows = await db.query(
    `WITH matched AS (
       SELECT t.id, t.path_ids, row_number() OVER (ORDER BY ${order}) AS ord
       FROM (${source}) t ${where} ORDER BY ${order} LIMIT ${sql.p(cap + 1)}
     )
     SELECT page.*, counted.n AS total_count
     FROM (SELECT count(*)::int AS n FROM matched) AS counted
     LEFT JOIN LATERAL (
       SELECT a.*, p.path_ids, p.ord,
         (SELECT count(*)::int FROM accounts k WHERE k.parent_id = p.id) AS child_count,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'name', x.name) ORDER BY u.ord), '[]'::jsonb)
          FROM unnest(p.path_ids) WITH ORDINALITY AS u(id, ord) JOIN accounts x ON x.id = u.id) AS path
       FROM matched p JOIN accounts a ON a.id = p.id
       WHERE p.ord > ${sql.p(offset)} AND p.ord <= ${sql.p(offset + limit)}
     ) AS page ON true
     ORDER BY page.ord`,
    sql.params,
  );
  const total = rows[0]!.total_count as number;
  const items = (rows[0]!.id === null ? [] : rows).map((r) => ({
    ...toAccount(r),
    childCount: r.child_count as number,
    path: r.path as { id: string; name: string }[],
  }));
  return total > cap ? { items, total: cap, totalExact: false } : { items, total };
}
