import type { Db } from '../db/db.js';
import { HttpError } from '../http/problem.js';

export type RateLimit = { max: number; windowMs: number };

/**
 * Fixed-window counters per key, kept in the database so that every instance behind a load
 * balancer counts against the same limit (the server stays stateless).
 */
export class RateLimiter {
  private hits = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  /** Counts one attempt for every key; throws 429 with `Retry-After` when any is over its limit. */
  async hit(entries: Array<[key: string, limit: RateLimit]>): Promise<void> {
    const now = this.now();
    let retryAfterMs = 0;
    for (const [key, limit] of entries) {
      // One statement, so concurrent instances never lose a count: a window that has run out starts again at 1.
      const [window] = await this.db.query<{ window_started_at: string | number; count: number }>(
        `INSERT INTO rate_limits (key, window_started_at, count) VALUES ($1, $2::bigint, 1)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN rate_limits.window_started_at <= $2::bigint - $3::bigint THEN 1 ELSE rate_limits.count + 1 END,
           window_started_at = CASE WHEN rate_limits.window_started_at <= $2::bigint - $3::bigint THEN $2::bigint
                                    ELSE rate_limits.window_started_at END
         RETURNING window_started_at, count`,
        [key, now, limit.windowMs],
      );
      if (window!.count > limit.max)
        retryAfterMs = Math.max(retryAfterMs, Number(window!.window_started_at) + limit.windowMs - now);
    }
    if (++this.hits % 1000 === 0) await this.prune(now);
    if (retryAfterMs > 0)
      throw new HttpError(429, 'Too many attempts; try again later.', undefined, {
        'Retry-After': String(Math.ceil(retryAfterMs / 1000)),
      });
  }

  /** Drops windows older than a day so the table cannot grow without bound. */
  private async prune(now: number): Promise<void> {
    await this.db.query('DELETE FROM rate_limits WHERE window_started_at < $1', [now - 86_400_000]);
  }
}
