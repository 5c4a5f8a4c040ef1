import type { Account } from '../../src/api/schemas/index.js';
import type { Queryable } from '../db/db.js';
import { toAccount } from '../db/rows.js';

/** The account `accountId` if it is `rootId` or lies below it in the hierarchy; null otherwise. */
export async function accountWithin(
  db: Queryable,
  rootId: string,
  accountId: string,
): Promise<Account | null> {
  const [row] = await db.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id FROM accounts WHERE id = $2
       UNION ALL
       SELECT a.id, a.parent_id FROM accounts a JOIN up ON a.id = up.parent_id
     )
     SELECT * FROM accounts WHERE id = $2 AND EXISTS (SELECT 1 FROM up WHERE id = $1)`,
    [rootId, accountId],
  );
  return row ? toAccount(row) : null;
}
