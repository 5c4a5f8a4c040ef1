import pg from 'pg';
import type { Db, Queryable } from './db.js';

/**
 * A real PostgreSQL through a `pg` pool. `searchPath` confines the server to one schema
 * (the tests give each file its own).
 */
export async function openPostgres(connectionString: string, searchPath?: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  const run =
    (client: pg.Pool | pg.PoolClient): Queryable['query'] =>
    async (sql, params) =>
      (await client.query(sql, params as unknown[])).rows;
  return {
    query: run(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: run(client) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    // Autovacuum keeps statistics and the visibility map up to date.
    afterBulkWrite: () => {},
    close: () => pool.end(),
  };
}
