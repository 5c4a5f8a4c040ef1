import type { AccessRight } from '../../api/schemas/index.js';
import type { AccessRightsSort } from './types.js';

/**
 * Sorting and filtering of rows held in the page, as indexes into the host's array: no row is
 * copied or wrapped. A sort reads each row's key once into a typed array, ranks the keys (text
 * through the collator once per distinct value, numbers natively), and places the rows by rank in
 * one counting pass, so that no comparator runs per pair of rows.
 */

/** Rows matching `keep`, in the order of `order` (the host's order without one). */
export function filterIndexes(
  rows: readonly AccessRight[],
  order: Uint32Array | undefined,
  keep: (row: AccessRight) => boolean,
): Uint32Array {
  const n = order ? order.length : rows.length;
  const hits = new Uint32Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = order ? order[k]! : k;
    if (keep(rows[i]!)) hits[count++] = i;
  }
  return count === n ? hits : hits.slice(0, count);
}

/**
 * The indexes of `rows` in `sort` order. Text sorts by `collator` ("Ágnes" before "Zsófia"),
 * dates as time, booleans as 0/1; empty values (an open end, no offer) always come last; rows
 * with equal keys keep the host's order, in either direction.
 */
export function sortIndexes(
  rows: readonly AccessRight[],
  sort: AccessRightsSort,
  collator: Intl.Collator,
): Uint32Array {
  const n = rows.length;
  const field = sort.field as keyof AccessRight;
  // Each row's rank among the distinct keys: 0 … n-1, equal keys equal ranks, empty ones n.
  const rank = isText(rows, field) ? textRanks(rows, field, collator) : numberRanks(rows, field);
  if (sort.direction === 'desc') for (let i = 0; i < n; i++) if (rank[i]! < n) rank[i] = n - 1 - rank[i]!;
  // A counting sort over the ranks (0 … n): linear, and stable, so equal keys keep the host's order.
  const starts = new Uint32Array(n + 2);
  for (let i = 0; i < n; i++) starts[rank[i]! + 1]!++;
  for (let r = 1; r <= n + 1; r++) starts[r]! += starts[r - 1]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[starts[rank[i]!]!++] = i;
  return order;
}

/** Dates sort as time, booleans as 0/1, text without case; null for an empty value. */
function sortKey(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  const text = String(value);
  const time = isoTime(text);
  if (time === undefined) return text;
  return Number.isNaN(time) ? null : time;
}

/** A row's key in a column of numbers (times, flags); NaN for an empty value or one that is no number. */
function numberKey(value: unknown): number {
  const key = sortKey(value);
  return typeof key === 'number' ? key : NaN;
}

/** Two-digit (or longer) decimal at `at` in `text`, NaN when some character is no digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

const ISO_START = /^\d{4}-\d\d-\d\dT/;

/**
 * The time of an ISO instant, undefined for text that is none: the API's own form
 * (`2026-01-31T12:00:00Z`, with or without milliseconds) read digit by digit, which is many times
 * faster than `Date.parse`; any other form (an offset, no seconds) through `Date.parse`.
 */
function isoTime(text: string): number | undefined {
  const len = text.length;
  const utc =
    (len === 20 || (len === 24 && text[19] === '.')) &&
    text[len - 1] === 'Z' &&
    text[4] === '-' &&
    text[7] === '-' &&
    text[10] === 'T' &&
    text[13] === ':' &&
    text[16] === ':';
  if (utc) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    const ms = len === 24 ? digits(text, 20, 3) : 0;
    const valid =
      year >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      ms >= 0;
    if (valid) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  }
  return ISO_START.test(text) ? Date.parse(text) : undefined;
}

/** True when the column's first non-empty value is text: the whole column then sorts as text. */
function isText(rows: readonly AccessRight[], field: keyof AccessRight): boolean {
  for (const row of rows) {
    const key = sortKey(row[field]);
    if (key !== null) return typeof key === 'string';
  }
  return false;
}

/** Ranks of a column of numbers (times, flags); a value that is no number counts as empty. */
function numberRanks(rows: readonly AccessRight[], field: keyof AccessRight): Float64Array {
  const n = rows.length;
  const keys = new Float64Array(n);
  const filled: number[] = [];
  const rank = new Float64Array(n).fill(n);
  for (let i = 0; i < n; i++) {
    keys[i] = numberKey(rows[i]![field]);
    if (!Number.isNaN(keys[i])) filled.push(i);
  }
  if (rankFew(keys, filled, rank, (a, b) => a - b)) return rank;
  // Many distinct values: all keys sorted (empty ones, NaN, last); a key's rank is its first position.
  const sorted = keys.slice().sort();
  for (const i of filled) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < keys[i]!) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return rank;
}

/**
 * Ranks of a column of text (numbers in it compared as their text). The collator compares
 * neighbours first: rows already in order (ids from the server) take n compares, not n·log n.
 */
function textRanks(
  rows: readonly AccessRight[],
  field: keyof AccessRight,
  collator: Intl.Collator,
): Float64Array {
  const n = rows.length;
  const texts: string[] = new Array<string>(n);
  const filled: number[] = [];
  const rank = new Float64Array(n).fill(n);
  for (let i = 0; i < n; i++) {
    const key = sortKey(rows[i]![field]);
    if (key === null) continue;
    texts[i] = String(key);
    filled.push(i);
  }
  const compare = (a: number, b: number) => collator.compare(texts[a]!, texts[b]!);
  // Values the collator holds equal ("a", "A") share a rank.
  const rankInOrder = () => {
    for (let k = 0, r = 0; k < filled.length; k++) {
      const c = k ? compare(filled[k - 1]!, filled[k]!) : 0;
      if (c > 0) return false;
      if (c < 0) r = k;
      rank[filled[k]!] = r;
    }
    return true;
  };
  if (rankInOrder() || rankFew(texts, filled, rank, collator.compare)) return rank;
  filled.sort(compare);
  rankInOrder();
  return rank;
}

/**
 * Ranks a column of few distinct values (statuses, products, days, flags) by ordering the
 * distinct values only; false, with `rank` to be overwritten, once there are too many for that to pay.
 */
function rankFew<T>(
  values: ArrayLike<T>,
  filled: number[],
  rank: Float64Array,
  compare: (a: T, b: T) => number,
): boolean {
  const most = Math.max(64, filled.length >> 5);
  const slots = new Map<T, number>();
  const distinct: T[] = [];
  for (const i of filled) {
    let slot = slots.get(values[i]!);
    if (slot === undefined) {
      if (distinct.length === most) return false;
      slots.set(values[i]!, (slot = distinct.length));
      distinct.push(values[i]!);
    }
    rank[i] = slot;
  }
  const byValue = distinct.map((_, slot) => slot).sort((a, b) => compare(distinct[a]!, distinct[b]!));
  const slotRank = new Float64Array(distinct.length);
  for (let k = 0, r = 0; k < byValue.length; k++) {
    if (k && compare(distinct[byValue[k - 1]!]!, distinct[byValue[k]!]!) !== 0) r = k;
    slotRank[byValue[k]!] = r;
  }
  for (const i of filled) rank[i] = slotRank[rank[i]!]!;
  return true;
}
