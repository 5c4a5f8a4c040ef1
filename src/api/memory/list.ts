import type { ListQuery, Page } from '../schemas/index.js';
import { invalid } from './problems.js';
import type { Table } from './table.js';

/** How one resource is searched and sorted. */
export interface ListRules<T> {
  /** The texts `q` searches, case-insensitively. */
  text: (item: T) => Array<string | null>;
  /** The fields `sort` may name. */
  sortable: ReadonlyArray<keyof T & string>;
  /** Sortable fields holding instants: compared as points in time, not as text. */
  instants?: ReadonlyArray<keyof T & string>;
}

const DEFAULT_LIMIT = 50;

/** Filters, searches, sorts and pages a table as the reference server does; unsorted lists keep store order. */
export function listPage<T extends { id: string }>(
  table: Table<T>,
  query: ListQuery,
  keep: (item: T) => boolean,
  rules: ListRules<T>,
): Page<T> {
  const rows = query.sort ? table.view(query.sort, sortBy(query.sort, rules)) : table.values();
  const q = query.q?.trim();
  // A case-insensitive regular expression of the literal text: no lower-cased copies of every field.
  const pattern = q ? new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') : undefined;
  const matches: T[] = [];
  for (const item of rows) {
    if (keep(item) && (!pattern || rules.text(item).some((text) => text !== null && pattern.test(text))))
      matches.push(item);
  }
  const offset = query.offset ?? 0;
  return { items: matches.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT)), total: matches.length };
}

/** Sorts by `field` or `-field`, each key computed once; empty values last either way, ties in store order. */
function sortBy<T>(sort: string, rules: ListRules<T>): (rows: T[]) => T[] {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as keyof T & string;
  if (!rules.sortable.includes(field)) throw invalid('sort', 'unknown-field', `Cannot sort by ${field}`);
  const isInstant = rules.instants?.includes(field) ?? false;
  const direction = descending ? -1 : 1;
  return (rows) =>
    rows
      .map((row) => {
        const value = row[field] as unknown;
        const key =
          value === null || value === undefined ? null : isInstant ? Date.parse(String(value)) : value;
        return { row, key };
      })
      .sort((a, b) => {
        if (a.key === b.key) return 0;
        if (a.key === null) return 1;
        if (b.key === null) return -1;
        return (a.key < b.key ? -1 : 1) * direction;
      })
      .map(({ row }) => row);
}

/** A test for rights valid on `day` (`YYYY-MM-DD`, UTC): starts ≤ day < ends, or open-ended. */
export function validOn(day: string): (term: { startsAt: string; endsAt: string | null }) => boolean {
  const instant = Date.parse(`${day}T00:00:00Z`);
  return (term) =>
    Date.parse(term.startsAt) <= instant && (term.endsAt === null || instant < Date.parse(term.endsAt));
}
