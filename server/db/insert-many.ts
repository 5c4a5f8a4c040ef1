import type { Queryable } from './db.js';

/** A column of a multi-row insert; `cast` is appended to its placeholders (`jsonb`). */
export type Column = { name: string; cast?: string };

/** PostgreSQL allows 65,535 parameters per statement; stay well below. */
const MAX_PARAMS = 30_000;

/** Inserts many rows with a few multi-row `INSERT` statements (the seed of Bulk GmbH uses it). */
export async function insertMany(
  db: Queryable,
  table: string,
  columns: Column[],
  rows: unknown[][],
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const names = columns.map((c) => c.name).join(', ');
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const slots = row.map((value, i) => {
        params.push(value);
        const cast = columns[i]!.cast;
        return cast ? `$${params.length}::${cast}` : `$${params.length}`;
      });
      return `(${slots.join(', ')})`;
    });
    await db.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, params);
  }
}
