import type { ListQuery, Page } from '../schemas/index.js';
import { foldText } from '../text-fold.js';
import { countBoundFor, countCap } from './count-bound.js';
import { invalid } from './problems.js';
import type { Table } from './table.js';

type SortKey = string | number | boolean | null;

/** How one resource is searched and sorted, as the reference server does it. */
export interface ListRules<T> {
  /** The texts `q` searches, ignoring case and accents (as the server's `tk_fold`). */
  text: (item: T) => Array<string | null>;
  /** The fields `sort` may name, each with the key it sorts by. */
  sort: Record<string, (item: T) => SortKey>;
  /** The order when the query names none. */
  defaultSort: string;
}

const DEFAULT_LIMIT = 50;

/** Sort keys of instants: points in time, not texts (offsets differ). */
export const instant = (value: string | null): number | null => (value === null ? null : Date.parse(value));

/**
 * Filters, searches, sorts and pages a table; ties are broken by id in the sort's direction, like
 * the server's `ORDER BY …, id`; the total is bounded as the server bounds it.
 */
export function listPage<T extends { id: string }>(
  table: Table<T>,
  query: ListQuery,
  keep: (item: T) => boolean,
  rules: ListRules<T>,
): Page<T> {
  const sort = query.sort ?? rules.defaultSort;
  const rows = table.view(sort, sortBy(sort, rules));
  const q = query.q?.trim();
  // "elo-nagy" finds "Élő-Nagy": both sides folded; ASCII text (most ids and addresses) cheaply.
  const wanted = q ? foldText(q) : undefined;
  const matches: T[] = [];
  for (const item of rows) {
    if (
      keep(item) &&
      (!wanted || rules.text(item).some((text) => text !== null && folded(text).includes(wanted)))
    ) {
      matches.push(item);
    }
  }
  const offset = query.offset ?? 0;
  const end = offset + (query.limit ?? DEFAULT_LIMIT);
  const items = matches.slice(offset, end);
  // Counted only as far as the server counts (count-bound.ts).
  const cap = countCap(end, countBoundFor(query));
  return matches.length > cap ? { items, total: cap, totalExact: false } : { items, total: matches.length };
}

/** Folded texts, remembered: a search over 10,000 users folds each name once, not per search. */
const foldCache = new Map<string, string>();
function folded(text: string): string {
  let f = foldCache.get(text);
  if (f === undefined) {
    if (foldCache.size > 100_000) foldCache.clear();
    f = foldText(text);
    foldCache.set(text, f);
  }
  return f;
}

/** Sorts by `field` or `-field`, each key computed once; empty values count as greatest (as in PostgreSQL). */
function sortBy<T extends { id: string }>(sort: string, rules: ListRules<T>): (rows: T[]) => T[] {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const key = Object.hasOwn(rules.sort, field) ? rules.sort[field] : undefined;
  if (!key) throw invalid('sort', 'invalid_value', `Sort by one of: ${Object.keys(rules.sort).join(', ')}.`);
  const direction = descending ? -1 : 1;
  return (rows) =>
    rows
      .map((row) => ({ row, key: key(row) }))
      .sort((a, b) => (compareKeys(a.key, b.key) || (a.row.id < b.row.id ? -1 : 1)) * direction)
      .map(({ row }) => row);
}

/**
 * Texts compare folded first, then as they are, as the server sorts names (`name_key, name`,
 * migration 003): "Ágnes" before "Zsófia".
 */
function compareKeys(x: SortKey, y: SortKey): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  if (typeof x === 'string' && typeof y === 'string') {
    const fx = folded(x);
    const fy = folded(y);
    if (fx !== fy) return fx < fy ? -1 : 1;
  }
  return x < y ? -1 : 1;
}

/** A test for rights valid on `day` (`YYYY-MM-DD`, UTC midnight): starts ≤ day < ends, or open-ended. */
export function validOn(day: string): (term: { startsAt: string; endsAt: string | null }) => boolean {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  return (term) =>
    Date.parse(term.startsAt) <= midnight && (term.endsAt === null || midnight < Date.parse(term.endsAt));
}
