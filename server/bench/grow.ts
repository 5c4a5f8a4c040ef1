import { BULK_ACCOUNT_ID } from '../../src/api/memory/demo-data.js';
import type { Db } from '../db/db.js';

/** An account of `users` users and twice as many access rights, for the growth table. */
export interface GrowthAccount {
  id: string;
  users: number;
}

const USER_COLUMNS =
  'account_id, name, role, permissions, notifications, locale, status, password_hash, last_login_at, created_at, updated_at, version';
const RIGHT_COLUMNS =
  'account_id, offer_id, product_id, platform_product_id, product_name, tier_id, subscription_id, starts_at, ends_at, status, manual, created_at, updated_at, version';

/**
 * Adds a customer of Acme next to Bulk GmbH with `users` users and 2 × `users` rights, copied from
 * Bulk GmbH's (the first ones, or Bulk GmbH repeated): the same names, statuses and products, so
 * that a search matches the same share of every account and only the size differs.
 */
export async function addGrowthAccount(db: Db, users: number): Promise<GrowthAccount> {
  const id = `acc_grow_${users}`;
  const copies = Math.ceil(users / 10_000);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO accounts (id, parent_id, kind, name, product_type_id, country, status, created_at, updated_at, version)
       SELECT $1, parent_id, kind, 'Growth ' || $2::int, product_type_id, country, status, created_at, updated_at, 1
       FROM accounts WHERE id = $3`,
      [id, users, BULK_ACCOUNT_ID],
    );
    const userColumns = USER_COLUMNS.replace('account_id, ', '');
    await tx.query(
      `INSERT INTO users (id, email, login, ${USER_COLUMNS})
       SELECT $1 || '_' || k || '_' || u.id, $1 || '.' || k || '.' || u.email,
              u.login || '.' || $1 || '.' || k, $1, ${userColumns}
       FROM (SELECT * FROM users WHERE account_id = $3 ORDER BY id LIMIT $2) u, generate_series(1, $4::int) k
       ORDER BY k, u.id LIMIT $2`,
      [id, users, BULK_ACCOUNT_ID, copies],
    );
    const rightColumns = RIGHT_COLUMNS.replace('account_id, ', '');
    await tx.query(
      `INSERT INTO access_rights (id, ${RIGHT_COLUMNS})
       SELECT $1 || '_' || k || '_' || r.id, $1, ${rightColumns}
       FROM (SELECT * FROM access_rights WHERE account_id = $3 ORDER BY id LIMIT $2) r, generate_series(1, $4::int) k
       ORDER BY k, r.id LIMIT $2`,
      [id, users * 2, BULK_ACCOUNT_ID, copies],
    );
  });
  return { id, users };
}
