import type { ListQuery, Page } from '../schemas/index.js';
import { invalid } from './problems.js';

/** How one resource is searched and sorted. */
export interface ListRules<T> {
  /** The texts `q` searches, case-insensitively. */
  text: (item: T) => Array<string | null>;
  /** The fields `sort` may name. */
  sortable: ReadonlyArray<keyof T & string>;
}

const DEFAULT_LIMIT = 50;

/** Filters, searches, sorts and pages `items` as the reference server does; unsorted lists keep store order. */
export function listPage<T>(
  items: Iterable<T>,
  query: ListQuery,
  keep: (item: T) => boolean,
  rules: ListRules<T>,
): Page<T> {
  const order = sortOrder(query.sort, rules.sortable);
  const q = query.q?.trim().toLowerCase();
  const matches: T[] = [];
  for (const item of items) {
    if (keep(item) && (!q || rules.text(item).some((text) => text?.toLowerCase().includes(q))))
      matches.push(item);
  }
  if (order) matches.sort(order);
  const offset = query.offset ?? 0;
  return { items: matches.slice(offset, offset + (query.limit ?? DEFAULT_LIMIT)), total: matches.length };
}

/** A comparator for `field` or `-field`; empty values sort last either way. */
function sortOrder<T>(sort: string | undefined, sortable: ReadonlyArray<keyof T & string>) {
  if (!sort) return undefined;
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as keyof T & string;
  if (!sortable.includes(field)) throw invalid('sort', 'unknown-field', `Cannot sort by ${field}`);
  const direction = descending ? -1 : 1;
  return (a: T, b: T) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return (x < y ? -1 : 1) * direction;
  };
}

/** True when a right with this term is valid on `day` (`YYYY-MM-DD`, UTC): starts ≤ day < ends, or open-ended. */
export function validOn(day: string, term: { startsAt: string; endsAt: string | null }): boolean {
  const instant = Date.parse(`${day}T00:00:00Z`);
  return Date.parse(term.startsAt) <= instant && (term.endsAt === null || instant < Date.parse(term.endsAt));
}
