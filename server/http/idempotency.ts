import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import type { Db, Queryable } from '../db/db.js';
import { HttpError } from './problem.js';

/** Keys are opaque to the server; printable ASCII, as clients generate them (UUIDs). The OpenAPI document shows it. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The request's `Idempotency-Key`, or undefined without one; 400 for a malformed one. */
export function idempotencyKey(c: Context<AppEnv>): string | undefined {
  const key = c.req.header('Idempotency-Key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key))
    throw new HttpError(400, 'Idempotency-Key must be 1 to 200 printable ASCII characters.');
  return key;
}

/** How long an answer is kept for its key: a retry comes within minutes, a day is ample. */
export const KEEP_ANSWERS_MS = 24 * 60 * 60 * 1000;

/** What a written request answered: its status and JSON body. */
export interface Answer<T> {
  status: number;
  body: T;
}

/** Which request a key belongs to: the endpoint (`users`, `imports`…) and the account in its path. */
export interface KeyScope {
  endpoint: string;
  accountId: string;
  key: string | undefined;
  /** The validated request body; the same key with another body is refused (422). */
  request: unknown;
  now: Date;
}

/**
 * Runs `write` in one transaction, at most once per key (draft-ietf-httpapi-idempotency-key-header):
 * the key is claimed and the answer stored in the write's own transaction, so a repeat of the key on
 * any instance replays the first answer (`replayed: true`), a concurrent repeat waits on the claimed
 * row and then replays, and a write that fails leaves the key free for the retry. The same key with
 * another body is a 422. Without a key the write simply runs in its transaction. Answers older than
 * `KEEP_ANSWERS_MS` are dropped after each keyed write (a bounded batch, skipping rows other
 * instances hold), so the table does not grow without end.
 */
export async function writeOnce<T>(
  db: Db,
  scope: KeyScope,
  write: (tx: Queryable) => Promise<Answer<T>>,
): Promise<Answer<T> & { replayed: boolean }> {
  const { endpoint, accountId, key } = scope;
  if (!key) return { ...(await db.transaction(write)), replayed: false };
  const hash = createHash('sha256').update(JSON.stringify(scope.request)).digest('hex');
  const answer = await db.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO idempotent_requests (endpoint, account_id, idempotency_key, request_hash, created_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1`,
      [endpoint, accountId, key, hash, scope.now],
    );
    if (!claimed.length) return replay<T>(tx, scope, hash);
    const written = await write(tx);
    await tx.query(
      `UPDATE idempotent_requests SET status = $4, response = $5::jsonb
       WHERE endpoint = $1 AND account_id = $2 AND idempotency_key = $3`,
      [endpoint, accountId, key, written.status, JSON.stringify(written.body)],
    );
    return { ...written, replayed: false };
  });
  // The write is committed: a failing clean-up must not turn its answer into an error; the next one retries.
  await db
    .query(
      `DELETE FROM idempotent_requests WHERE (endpoint, account_id, idempotency_key) IN (
       SELECT endpoint, account_id, idempotency_key FROM idempotent_requests WHERE created_at < $1
       LIMIT 100 FOR UPDATE SKIP LOCKED)`,
      [new Date(scope.now.getTime() - KEEP_ANSWERS_MS)],
    )
    .catch((error: unknown) => console.error('Dropping old Idempotency-Key answers failed', error));
  return answer;
}

async function replay<T>(
  tx: Queryable,
  { endpoint, accountId, key }: KeyScope,
  hash: string,
): Promise<Answer<T> & { replayed: boolean }> {
  const [earlier] = await tx.query<{ request_hash: string; status: number | null; response: T | null }>(
    `SELECT request_hash, status, response FROM idempotent_requests
     WHERE endpoint = $1 AND account_id = $2 AND idempotency_key = $3`,
    [endpoint, accountId, key],
  );
  if (earlier?.request_hash !== hash)
    throw new HttpError(422, 'This Idempotency-Key was used for a different request.');
  if (earlier.status === null || earlier.response === null)
    throw new HttpError(409, 'A request with this Idempotency-Key is still running; try again shortly.');
  return { status: earlier.status, body: earlier.response, replayed: true };
}
