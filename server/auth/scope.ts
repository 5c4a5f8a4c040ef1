import type { Account } from '../../src/api/schemas/index.js';
import type { Db, Queryable } from '../db/db.js';
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

/** Answers of `accountWithin` for one `scope_version` of one database. */
interface ScopeAnswers {
  version: string;
  answers: Map<string, Account | null>;
}

/** Enough for every account a busy instance serves at once; a full cache starts over. */
const MAX_ANSWERS = 10_000;
const cachesByDb = new WeakMap<Db, ScopeAnswers>();

/**
 * `accountWithin`, remembered per database under `version`, the `scope_version` (migration 008)
 * that the request's session lookup read. Every change to accounts bumps it in the same
 * transaction, so an answer kept under a version is what the database said at that version; a
 * request that read a newer one starts the cache over, and one that read an older one (a race
 * with a change) asks the database. Instances behind one database each keep their own answers
 * and never serve one older than the version they read. Only a `Db` caches: inside a transaction
 * the transaction's own changes count, so it always asks.
 */
export async function accountWithinAt(
  db: Queryable,
  version: string | undefined,
  rootId: string,
  accountId: string,
): Promise<Account | null> {
  if (version === undefined || !isDb(db)) return accountWithin(db, rootId, accountId);
  let cache = cachesByDb.get(db);
  if (!cache || BigInt(cache.version) < BigInt(version) || cache.answers.size >= MAX_ANSWERS) {
    cache = { version, answers: new Map() };
    cachesByDb.set(db, cache);
  }
  if (cache.version !== version) return accountWithin(db, rootId, accountId);
  const key = `${rootId}\n${accountId}`;
  const known = cache.answers.get(key);
  if (known !== undefined) return known;
  const answer = await accountWithin(db, rootId, accountId);
  // The answer belongs to `version` only if no newer request has started the cache over meanwhile.
  if (cachesByDb.get(db) === cache) cache.answers.set(key, answer);
  return answer;
}

const isDb = (db: Queryable): db is Db => 'transaction' in db;
