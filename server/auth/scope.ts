import type { Queryable } from '../db/db.js';

/** Whether `accountId` is `rootId` or lies below it in the account hierarchy. */
export async function isWithin(db: Queryable, rootId: string, accountId: string): Promise<boolean> {
  const rows = await db.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id FROM accounts WHERE id = $2
       UNION ALL
       SELECT a.id, a.parent_id FROM accounts a JOIN up ON a.id = up.parent_id
     )
     SELECT 1 FROM up WHERE id = $1`,
    [rootId, accountId],
  );
  return rows.length > 0;
}
