import pg from 'pg';
import type { Db, Queryable } from './db.js';

/** How long a request waits for a connection before it fails (a database that is down answers sooner). */
const CONNECT_TIMEOUT_MS = 3000;

/**
 * Far more statement texts than the server's query shapes (`QueryOptions.prepare`): past this
 * many, a text is run unprepared, so that a text carrying values cannot fill every connection.
 */
const MAX_PREPARED = 1000;

/**
 * A real PostgreSQL through a `pg` pool. `searchPath` confines the server to one schema
 * (the tests give each file its own). When the database goes away, queries fail (the API answers
 * 503, http/db-errors.ts), broken connections leave the pool, and new ones are opened once it is
 * back: the server recovers without a restart.
 */
export async function openPostgres(connectionString: string, searchPath?: string): Promise<Db> {
  const poolOf = (settings: string[]) => {
    const options = [...settings, ...(searchPath ? [`search_path=${searchPath}`] : [])];
    const pool = new pg.Pool({
      connectionString,
      max: 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      ...(options.length ? { options: options.map((setting) => `-c ${setting}`).join(' ') } : {}),
    });
    // An idle connection the server closed (a restart, an administrator) is dropped by the pool;
    // without a listener its error would end the process.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    return pool;
  };
  const pool = poolOf([]);
  // For `prepare: 'replan'`: connections whose named statements are planned anew on every run.
  const replanning = poolOf(['plan_cache_mode=force_custom_plan']);
  // One name per prepared text; each connection prepares it on first use (pg remembers which it has).
  const names = new Map<string, string>();
  const nameFor = (sql: string): string | undefined => {
    let name = names.get(sql);
    if (!name && names.size < MAX_PREPARED) names.set(sql, (name = `tk_${names.size + 1}`));
    return name;
  };
  const run =
    (client: pg.Pool | pg.PoolClient): Queryable['query'] =>
    async (sql, params, options) => {
      // A transaction's connection keeps generic plans: a statement to replan runs unprepared there.
      const target = options?.prepare === 'replan' && client === pool ? replanning : client;
      const name = options?.prepare === true || target === replanning ? nameFor(sql) : undefined;
      return (await target.query({ text: sql, values: params, name })).rows;
    };
  return {
    query: run(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      // A connection that failed while checked out (between two queries), or whose ROLLBACK failed,
      // is broken: it is destroyed instead of going back to the pool.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn({ query: run(client) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    // Autovacuum keeps statistics and the visibility map up to date.
    afterBulkWrite: () => {},
    close: async () => {
      await Promise.all([pool.end(), replanning.end()]);
    },
  };
}
