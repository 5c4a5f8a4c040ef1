import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Db } from './db.js';

export interface PgliteDb extends Db {
  /** The whole database as a tarball, which `openPglite({ snapshot })` starts from. */
  snapshot(): Promise<Blob>;
}

/** Embedded PostgreSQL: persisted in `dataDir`, or in memory; optionally started from a snapshot. */
export async function openPglite(options: { dataDir?: string; snapshot?: Blob } = {}): Promise<PgliteDb> {
  const pg = await PGlite.create(options.dataDir, {
    extensions: { pg_trgm, unaccent },
    loadDataDir: options.snapshot,
  });
  return {
    query: async (sql, params) => (await pg.query(sql, params)).rows as never,
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({ query: async (sql, params) => (await tx.query(sql, params)).rows as never }),
      ),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
    snapshot: () => pg.dumpDataDir('none') as Promise<Blob>,
  };
}
