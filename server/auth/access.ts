import type { Account } from '../../src/api/schemas/index.js';
import type { Principal } from '../context.js';
import type { Queryable } from '../db/db.js';
import { forbidden, notFound } from '../http/problem.js';
import { accountWithinAt } from './scope.js';

/**
 * The account `id` if the principal may see it: its own account or one below it. The account it
 * works as (`X-Act-As-Account`) never narrows or widens this; it is only recorded in the audit trail.
 * Anything else is "not found", so ids outside the scope never reveal that they exist.
 */
export async function accountInScope(db: Queryable, principal: Principal, id: string): Promise<Account> {
  if (id === principal.account.id) return principal.account;
  const account = await accountWithinAt(db, principal.scopeVersion, principal.account.id, id);
  if (!account) throw notFound('Account');
  return account;
}

/** Writes need the admin role; normal users read only. */
export function requireAdmin(principal: Principal): void {
  if (principal.user.role !== 'admin') throw forbidden('Only administrators may change this.');
}

/** Help settings belong to resellers: only their administrators change them. */
export function requireResellerAdmin(principal: Principal): void {
  if (principal.user.role !== 'admin' || principal.account.kind !== 'reseller')
    throw forbidden('Only reseller administrators may change help settings.');
}
