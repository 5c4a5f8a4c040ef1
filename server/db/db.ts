/** The one database interface the server uses; PGlite and node-postgres both implement it. */
export interface Queryable {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<T[]>;
}

export interface QueryOptions {
  /**
   * Plan the statement once per connection and keep the plan (PostgreSQL: a named prepared
   * statement) instead of parsing and planning it on every run, which costs a list page a third
   * of its database time. Only for statements whose best plan does not depend on their
   * parameters' values: after five runs PostgreSQL may keep one generic plan for all values, and
   * for a search term or a filter value that plan ignores how many rows match (the user search
   * fell from 811 to 494 req/s). The text must hold no values, only `$n`: each text is one
   * statement on every connection. PGlite plans every statement.
   *
   * `'replan'`: parse the statement once per connection but plan it for its values on every run
   * (PostgreSQL: a named statement on a connection whose `plan_cache_mode` is
   * `force_custom_plan`), for a statement with a search term or a filter value: it saves the
   * parsing (0.2 of a user search's 1.3 ms in the database) and never gets a generic plan. Inside
   * a transaction such a statement runs unprepared.
   */
  prepare?: boolean | 'replan';
}

export interface Db extends Queryable {
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Says many rows were just written (an import): PGlite, which has no autovacuum, runs
   * VACUUM (ANALYZE) soon after, once such writes pause, so that the planner's statistics and the
   * visibility map (index-only scans) keep up. PostgreSQL's autovacuum does this by itself.
   */
  afterBulkWrite(): void;
  close(): Promise<void>;
}

/** PostgreSQL error codes the server turns into API errors. */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): error is { code: string; constraint?: string } {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION
  );
}
