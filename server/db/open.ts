import type { Db } from './db.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** PostgreSQL when a connection string is given, PGlite otherwise (in `dataDir`, or in memory). */
export function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
  searchPath?: string;
}): Promise<Db> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.searchPath)
    : openPglite({ dataDir: options.dataDir });
}
