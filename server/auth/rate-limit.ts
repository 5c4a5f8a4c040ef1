import { HttpError } from '../http/problem.js';

export type RateLimit = { max: number; windowMs: number };

/**
 * Fixed-window counters per key, in this process. Several instances behind a load balancer each
 * count on their own, which multiplies the limit; a shared store would be the next step.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(private readonly now: () => number) {}

  /** Counts one attempt for every key; throws 429 with `Retry-After` when any is over its limit. */
  hit(entries: Array<[key: string, limit: RateLimit]>): void {
    const now = this.now();
    let retryAfterMs = 0;
    for (const [key, limit] of entries) {
      let window = this.windows.get(key);
      if (!window || now - window.startedAt >= limit.windowMs) {
        window = { startedAt: now, count: 0 };
        this.windows.set(key, window);
      }
      window.count++;
      if (window.count > limit.max)
        retryAfterMs = Math.max(retryAfterMs, window.startedAt + limit.windowMs - now);
    }
    if (this.windows.size > 100_000) this.prune(now);
    if (retryAfterMs > 0)
      throw new HttpError(429, 'Too many attempts; try again later.', undefined, {
        'Retry-After': String(Math.ceil(retryAfterMs / 1000)),
      });
  }

  /** Drops windows older than an hour so the map cannot grow without bound. */
  private prune(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.startedAt > 3_600_000) this.windows.delete(key);
  }
}
