import {
  assignIds,
  planImport,
  summarize,
  type ExistingCustomer,
  type ExistingUser,
  type ImportPlan,
} from '../../src/api/import-plan.js';
import { loginFromName, uniqueLogin } from '../../src/api/memory/demo-data.js';
import type { Account, ImportRequest, ImportResult, Role } from '../../src/api/schemas/index.js';
import { fieldNames, recordAudit } from '../audit/record.js';
import { newId } from '../auth/tokens.js';
import type { Deps, Principal } from '../context.js';
import { isUniqueViolation, type Queryable } from '../db/db.js';
import { insertMany } from '../db/insert-many.js';
import { toProductType } from '../db/rows.js';
import { writeOnce } from '../http/idempotency.js';
import { HttpError } from '../http/problem.js';

/** The request as read: rows still unchecked, each is checked on its own by `planImport`. */
export type ImportBatch = Omit<ImportRequest, 'rows'> & { rows: unknown[] };

const NO_NOTIFICATIONS = { billing: false, general: false, product: false, domain: false, support: false };

/**
 * Checks or writes one import batch into `parent` (issue 17). The rules are `planImport`'s, the same
 * as the single creates' (schemas, unique e-mail and sibling name, product type, permissions); a dry
 * run writes nothing. A written batch runs in one transaction, once per key (`writeOnce`): a repeat
 * of the key on any instance replays the stored answer. No mail is sent: users are created
 * `invited` with no password link.
 */
export async function runImport(
  deps: Deps,
  principal: Principal,
  parent: Account,
  batch: ImportBatch,
  idempotencyKey: string | undefined,
): Promise<ImportResult> {
  if (batch.dryRun) {
    const plan = await planBatch(deps.db, parent, batch);
    return { dryRun: true, rows: plan.rows, summary: summarize(plan.rows) };
  }
  const now = deps.now();
  const { body, replayed } = await writeOnce(
    deps.db,
    { endpoint: 'imports', accountId: parent.id, key: idempotencyKey, request: batch, now },
    async (tx) => {
      const plan = await planBatch(tx, parent, batch);
      try {
        await writePlan(tx, parent, plan, now);
      } catch (error) {
        if (isUniqueViolation(error))
          throw new HttpError(409, 'A name, e-mail or login was taken meanwhile; try the batch again.');
        throw error;
      }
      assignIds(plan);
      await auditPlan(tx, principal, plan, now, batch.rows);
      const result: ImportResult = { dryRun: false, rows: plan.rows, summary: summarize(plan.rows) };
      return { status: 200, body: result };
    },
  );
  return replayed ? { ...body, replayed: true } : body;
}

/** Reads what the rules need with four queries, whatever the batch size, and plans the batch. */
async function planBatch(db: Queryable, parent: Account, batch: ImportBatch): Promise<ImportPlan> {
  const emails = [
    ...new Set(
      batch.rows.flatMap((r) => {
        const email = (r as { user?: { email?: unknown } } | null)?.user?.email;
        return typeof email === 'string' ? [email.toLowerCase()] : [];
      }),
    ),
  ];
  const [customers, users, types, permissions] = await Promise.all([
    db.query<ExistingCustomer>(
      `SELECT id, name, reference, product_type_id AS "productTypeId", country, notes
       FROM accounts WHERE parent_id = $1`,
      [parent.id],
    ),
    emails.length
      ? db.query<ExistingUser>(
          `SELECT id, account_id AS "accountId", email, name, role, permissions, locale
           FROM users WHERE lower(email) = ANY($1::text[])`,
          [emails],
        )
      : Promise.resolve([]),
    db.query('SELECT * FROM product_types'),
    db.query<{ id: string }>('SELECT id FROM permissions'),
  ]);
  return planImport(batch.rows, {
    customers,
    users,
    productTypes: new Map(types.map((row) => [row.id as string, toProductType(row)])),
    permissions: new Set(permissions.map((p) => p.id)),
    planned: batch.plannedCustomers ?? [],
  });
}

/** Multi-row inserts for what is new, one update per changed entity. */
async function writePlan(tx: Queryable, parent: Account, plan: ImportPlan, now: Date): Promise<void> {
  const kind: Account['kind'] = parent.kind === 'reseller' ? 'customer' : 'sub-account';
  for (const c of plan.createCustomers) c.id = newId('acc');
  await insertMany(
    tx,
    'accounts',
    [
      { name: 'id' },
      { name: 'parent_id' },
      { name: 'kind' },
      { name: 'name' },
      { name: 'product_type_id' },
      { name: 'reference' },
      { name: 'country' },
      { name: 'notes' },
      { name: 'status' },
      { name: 'settings', cast: 'jsonb' },
      { name: 'created_at' },
      { name: 'updated_at' },
      { name: 'version' },
    ],
    plan.createCustomers.map((c) => [
      c.id,
      parent.id,
      kind,
      c.name,
      c.productTypeId,
      c.reference,
      c.country,
      c.notes,
      'active',
      JSON.stringify(c.settings),
      now,
      now,
      1,
    ]),
  );
  for (const { id, patch } of plan.updateCustomers) {
    const columns = {
      name: patch.name,
      reference: patch.reference,
      product_type_id: patch.productTypeId,
      country: patch.country,
      notes: patch.notes,
    };
    await update(tx, 'accounts', id, columns, now);
  }

  const bases = [...new Set(plan.createUsers.map((u) => loginFromName(u.name)))];
  const taken = new Set(
    bases.length
      ? (
          await tx.query<{ login: string }>('SELECT login FROM users WHERE login LIKE ANY($1::text[])', [
            bases.map((b) => `${b.replace(/[\\%_]/g, '\\$&')}%`),
          ])
        ).map((r) => r.login)
      : [],
  );
  const rows = plan.createUsers.map((u) => {
    u.id = newId('usr');
    const accountId = typeof u.account === 'string' ? u.account : u.account.id;
    return [
      u.id,
      accountId,
      u.name,
      u.email,
      uniqueLogin(loginFromName(u.name), taken),
      u.role,
      JSON.stringify(u.permissions),
      JSON.stringify(NO_NOTIFICATIONS),
      u.locale,
      'invited',
      now,
      now,
      1,
    ];
  });
  await insertMany(
    tx,
    'users',
    [
      { name: 'id' },
      { name: 'account_id' },
      { name: 'name' },
      { name: 'email' },
      { name: 'login' },
      { name: 'role' },
      { name: 'permissions', cast: 'jsonb' },
      { name: 'notifications', cast: 'jsonb' },
      { name: 'locale' },
      { name: 'status' },
      { name: 'created_at' },
      { name: 'updated_at' },
      { name: 'version' },
    ],
    rows,
  );
  for (const { id, patch } of plan.updateUsers) {
    const columns: Record<string, unknown> = {
      name: patch.name,
      role: patch.role satisfies Role | undefined,
      permissions: patch.permissions && JSON.stringify(patch.permissions),
      locale: patch.locale,
    };
    await update(tx, 'users', id, columns, now);
  }
}

async function update(
  tx: Queryable,
  table: 'accounts' | 'users',
  id: string,
  columns: Record<string, unknown>,
  now: Date,
): Promise<void> {
  const set = Object.entries(columns).filter(([, v]) => v !== undefined);
  const params: unknown[] = [id, now];
  const assignments = set.map(([column, value]) => {
    params.push(value);
    return `${column} = $${params.length}${column === 'permissions' ? '::jsonb' : ''}`;
  });
  await tx.query(
    `UPDATE ${table} SET ${assignments.join(', ')}, updated_at = $2, version = version + 1 WHERE id = $1`,
    params,
  );
}

/** One audit event per created or changed entity, with the field names the row gave. */
async function auditPlan(
  tx: Queryable,
  principal: Principal,
  plan: ImportPlan,
  now: Date,
  rows: readonly unknown[],
): Promise<void> {
  for (const r of plan.rows) {
    if (r.status === 'error') continue;
    const raw = rows[r.index] as { customer?: unknown; user?: unknown };
    const customerId = r.customer?.id ?? null;
    if (r.customer?.id && (r.customer.action === 'create' || r.customer.action === 'update'))
      await recordAudit(tx, principal, now, {
        action: `account.${r.customer.action}`,
        accountId: r.customer.id,
        target: { type: 'account', id: r.customer.id },
        fields: r.customer.fields ?? fieldNames(raw.customer),
      });
    if (r.user?.id && (r.user.action === 'create' || r.user.action === 'update')) {
      const created = plan.createUsers.find((u) => u.id === r.user!.id);
      const accountId =
        customerId ??
        (created ? (typeof created.account === 'string' ? created.account : created.account.id) : null);
      await recordAudit(tx, principal, now, {
        action: `user.${r.user.action}`,
        accountId: accountId ?? (await userAccount(tx, r.user.id)),
        target: { type: 'user', id: r.user.id },
        fields: r.user.fields ?? fieldNames(raw.user),
      });
    }
  }
}

async function userAccount(tx: Queryable, userId: string): Promise<string> {
  const [row] = await tx.query<{ account_id: string }>('SELECT account_id FROM users WHERE id = $1', [
    userId,
  ]);
  return row!.account_id;
}
