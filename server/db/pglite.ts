import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Db } from './db.js';

export interface PgliteDb extends Db {
  /** The whole database as a tarball, which `openPglite({ snapshot })` starts from. */
  snapshot(): Promise<Blob>;
}

/** How long bulk writes must pause before PGlite vacuums (an import sends batch after batch). */
const VACUUM_PAUSE_MS = 2000;

/** Embedded PostgreSQL: persisted in `dataDir`, or in memory; optionally started from a snapshot. */
export async function openPglite(options: { dataDir?: string; snapshot?: Blob } = {}): Promise<PgliteDb> {
  const pg = await PGlite.create(options.dataDir, {
    extensions: { btree_gin, pg_trgm, unaccent },
    loadDataDir: options.snapshot,
  });
  // PGlite has no autovacuum: after bulk writes, one VACUUM (ANALYZE) once they pause for a while.
  let vacuumTimer: NodeJS.Timeout | undefined;
  let vacuuming: Promise<unknown> = Promise.resolve();
  const vacuum = () => {
    vacuumTimer = undefined;
    vacuuming = pg.exec('VACUUM (ANALYZE)').catch((error: unknown) => console.error('VACUUM failed', error));
  };
  return {
    query: async (sql, params) => (await pg.query(sql, params)).rows as never,
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({ query: async (sql, params) => (await tx.query(sql, params)).rows as never }),
      ),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    afterBulkWrite: () => {
      clearTimeout(vacuumTimer);
      vacuumTimer = setTimeout(vacuum, VACUUM_PAUSE_MS);
      vacuumTimer.unref();
    },
    close: async () => {
      clearTimeout(vacuumTimer);
      await vacuuming;
      await pg.close();
    },
    snapshot: () => pg.dumpDataDir('none') as Promise<Blob>,
  };
}
