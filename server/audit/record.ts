import type { Context } from 'hono';
import type { AuditEvent } from '../../src/api/schemas/index.js';
import type { AppEnv, Deps, Principal } from '../context.js';
import type { Queryable } from '../db/db.js';

/** One write for the audit trail; who, as which account and when come from the request. */
export interface AuditInput {
  /** `<resource>.<verb>`: `account.create`, `user.update`, `help.update`, `access-right.delete`… */
  action: string;
  /** The account the changed resource belongs to (for an account: the account itself). */
  accountId: string;
  target: { type: string; id: string };
  /** The request's field names (see `fieldNames`); never their values. */
  fields?: readonly string[];
}

/**
 * Appends an audit event. Call it inside the write's transaction, after the change succeeded, so
 * that an event exists exactly when the change does:
 *
 * ```ts
 * await recordAudit(tx, c.get('principal'), deps.now(), {
 *   action: 'user.update', accountId: user.accountId, target: { type: 'user', id: user.id },
 *   fields: fieldNames(patch),
 * });
 * ```
 */
export async function recordAudit(
  db: Queryable,
  principal: Principal,
  at: Date,
  input: AuditInput,
): Promise<void> {
  await db.query(
    `INSERT INTO audit_events (at, actor_user_id, actor_user_name, actor_account_id, acting_for_account_id,
       account_id, action, target_type, target_id, fields)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)`,
    [
      at,
      principal.user.id,
      principal.user.name,
      principal.account.id,
      principal.actingFor.id,
      input.accountId,
      input.action,
      input.target.type,
      input.target.id,
      JSON.stringify([...(input.fields ?? [])]),
    ],
  );
}

/**
 * Dotted names of the fields a request body sets: `primaryAdmin.email`, `settings.pbxHost`. Only
 * names: values (a password, a token) never reach the audit trail.
 */
export function fieldNames(body: unknown, prefix = ''): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.entries(body).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const name = prefix ? `${prefix}.${key}` : key;
    const nested = key === 'settings' || key === 'primaryAdmin' ? fieldNames(value, name) : [];
    return nested.length ? nested : [name];
  });
}

export const toAuditEvent = (r: Record<string, unknown>): AuditEvent => ({
  id: `aud_${String(r.id)}`,
  at: new Date(r.at as Date | string).toISOString(),
  actorUserId: r.actor_user_id as string,
  actorUserName: r.actor_user_name as string,
  actorAccountId: r.actor_account_id as string,
  actingForAccountId: r.acting_for_account_id as string,
  accountId: r.account_id as string,
  action: r.action as string,
  targetType: r.target_type as string,
  targetId: r.target_id as string,
  fields: r.fields as string[],
});

/**
 * `recordAudit` for a route, after its write succeeded: the principal and clock come from the
 * request and `deps`. `target` is `[type, id]`:
 * `await audited(c, deps, 'user.delete', user.accountId, ['user', user.id], [], tx);`
 * It takes the write's transaction `tx`, always, so a database lost between the two cannot leave a
 * change without its event, or an event without its change.
 */
export function audited(
  c: Context<AppEnv>,
  deps: Deps,
  action: string,
  accountId: string,
  target: [type: string, id: string],
  fields: readonly string[],
  tx: Queryable,
): Promise<void> {
  const [type, id] = target;
  return recordAudit(tx, c.get('principal'), deps.now(), {
    action,
    accountId,
    target: { type, id },
    fields,
  });
}
