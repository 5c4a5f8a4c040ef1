import type * as z from 'zod/mini';
import { countCap } from '../../src/api/memory/count-bound.js';
import type { Queryable } from '../db/db.js';
import { Params } from '../db/params.js';
import { HttpError } from './problem.js';
import { parseOrThrow } from './validate.js';

export const DEFAULT_LIMIT = 50;

/** Query strings are text; the list schemas want numbers and booleans where they mean them. */
function coerce(raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((key === 'offset' || key === 'limit') && /^\d+$/.test(value)) out[key] = Number(value);
    else if (key === 'manual' && (value === 'true' || value === 'false')) out[key] = value === 'true';
    else out[key] = value;
  }
  return out;
}

/** Parses list parameters with `schema`; unknown parameters are ignored. */
export function parseListQuery<S extends z.ZodMiniType>(schema: S, raw: Record<string, string>): z.infer<S> {
  return parseOrThrow(schema, coerce(raw));
}

/**
 * `ORDER BY` for `sort=field|-field`, from a whitelist of field → column; ties broken by id in the
 * same direction, so that one index on (…, column, id) serves both directions (migration 008).
 */
export function orderBy(sort: string | undefined, columns: Record<string, string>, fallback: string): string {
  const field = sort ?? fallback;
  const descending = field.startsWith('-');
  const column = columns[descending ? field.slice(1) : field];
  if (!column)
    throw new HttpError(422, 'Unknown sort field.', [
      { path: 'sort', code: 'invalid_value', message: `Sort by one of: ${Object.keys(columns).join(', ')}.` },
    ]);
  // A column may be a list (`name_key, name`): each part sorts in the asked direction.
  const direction = descending ? 'DESC' : 'ASC';
  return `ORDER BY ${column
    .split(',')
    .map((part) => `${part.trim()} ${direction}`)
    .join(', ')}, id ${direction}`;
}

/**
 * A condition that `column` (folded with `tk_fold`, migration 003) contains `term`, accents and
 * case ignored: "elo-nagy" finds "Élő-Nagy".
 */
export const containsFolded = (sql: Params, column: string, term: string) =>
  `${column} LIKE tk_fold(${sql.p(containsPattern(term))})`;

/** A `LIKE` pattern that matches `term` anywhere, with its wildcards escaped. */
export const containsPattern = (term: string) =>
  `%${term.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** A list query under construction: `WHERE` conditions and their parameters. */
export class ListSql extends Params {
  readonly conditions: string[] = [];

  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /**
   * One page: `{ items, total }` of `table` rows matching the conditions, ordered and sliced.
   * With `countBound`, a full page counts no further than `countCap` and answers
   * `totalExact: false` when more rows match (src/api/memory/count-bound.ts).
   */
  async page<T>(
    db: Queryable,
    table: string,
    order: string,
    query: { offset?: number; limit?: number },
    map: (row: Record<string, unknown>) => T,
    countBound?: number,
  ): Promise<{ items: T[]; total: number; totalExact?: false }> {
    const where = this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
    const filterParams = [...this.params];
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const rows = await db.query(
      `SELECT * FROM ${table} ${where} ${order} LIMIT ${this.p(limit)} OFFSET ${this.p(offset)}`,
      this.params,
    );
    const items = rows.map(map);
    // A short page that is not past the end already tells the total; only a full one needs counting.
    if (rows.length < limit && (rows.length > 0 || offset === 0))
      return { items, total: offset + rows.length };
    if (countBound === undefined) {
      const [{ total }] = (await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM ${table} ${where}`,
        filterParams,
      )) as [{ total: number }];
      return { items, total };
    }
    const cap = countCap(offset + limit, countBound);
    // In the list's order, so that the planner walks the order's index (migration 008), reading
    // only index entries, and stops at the bound; without it, it may gather every match first.
    const [{ total }] = (await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM ${table} ${where} ${order} LIMIT ${cap + 1}) AS bounded`,
      filterParams,
    )) as [{ total: number }];
    return total > cap ? { items, total: cap, totalExact: false } : { items, total };
  }
}
