import type { ProvisioningClient } from '../../api/client.js';
import type { AccessRight, AccessRightListQuery } from '../../api/schemas/index.js';
import { foldText } from '../../api/text-fold.js';
import type {
  AccessRightsDataProvider,
  AccessRightsFilter,
  AccessRightsPage,
  AccessRightsSort,
} from './types.js';

/** The API query for a filter, sort and range. */
export function listQuery(
  filter: AccessRightsFilter,
  sort: AccessRightsSort | undefined,
  offset: number,
  limit: number,
): AccessRightListQuery {
  const query: AccessRightListQuery = { offset, limit };
  if (filter.q.trim()) query.q = filter.q.trim();
  if (filter.status !== 'all') query.status = filter.status;
  if (filter.validOn !== 'all') query.validOn = filter.validOn;
  if (sort) query.sort = `${sort.direction === 'desc' ? '-' : ''}${sort.field}`;
  return query;
}

/** The default provider: pages through `client.listAccessRights` (the API caps a page at 500). */
export function clientDataProvider(client: ProvisioningClient, accountId: string): AccessRightsDataProvider {
  return (range, sort, filter, signal) =>
    client.listAccessRights(accountId, listQuery(filter, sort, range.offset, Math.min(range.limit, 500)), {
      signal,
    });
}

/** True when the right is valid at some moment of the day `YYYY-MM-DD` (UTC). */
export function validOnDay(right: AccessRight, day: string): boolean {
  const start = Date.parse(`${day}T00:00:00Z`);
  const end = start + 86_400_000;
  return Date.parse(right.startsAt) < end && (right.endsAt === null || Date.parse(right.endsAt) > start);
}

/**
 * A provider over an array held in the page: filters and sorts in memory, the way the API does.
 * For hosts that already have every row, for stories and for the benchmark.
 */
export function arrayDataProvider(
  rows: readonly AccessRight[],
  options: { locale?: string } = {},
): AccessRightsDataProvider {
  const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
  let lastKey = '';
  let lastView: readonly AccessRight[] = rows;
  let lastRange: { of: readonly AccessRight[]; range: AccessRightsPage['timeRange'] } | undefined;
  const view = (sort: AccessRightsSort | undefined, filter: AccessRightsFilter) => {
    const key = JSON.stringify([sort, filter]);
    if (key === lastKey) return lastView;
    const q = foldText(filter.q.trim());
    // Without a filter the rows themselves: no copy of what the host holds.
    let result: readonly AccessRight[] =
      filter.status === 'all' && filter.validOn === 'all' && !q
        ? rows
        : rows.filter(
            (r) =>
              (filter.status === 'all' || r.status === filter.status) &&
              (filter.validOn === 'all' || validOnDay(r, filter.validOn)) &&
              (!q || matchesText(r, q)),
          );
    if (sort) result = sortRows(result, sort, collator);
    lastKey = key;
    return (lastView = result);
  };
  return async (range, sort, filter) => {
    const all = view(sort, filter);
    return {
      items: all.slice(range.offset, range.offset + range.limit),
      total: all.length,
      // Read by the timeline only: the first paint of the table never scans every row for it.
      get timeRange() {
        if (lastRange?.of !== all) lastRange = { of: all, range: termOf(all) };
        return lastRange.range;
      },
    };
  };
}

/** The term of every right: the timeline's scale, known before the rows are. */
function termOf(rows: readonly AccessRight[]): AccessRightsPage['timeRange'] {
  if (!rows.length) return undefined;
  let start = Infinity;
  let latestStart = -Infinity;
  let end: number | null = -Infinity;
  for (const r of rows) {
    const from = Date.parse(r.startsAt);
    if (from < start) start = from;
    if (from > latestStart) latestStart = from;
    if (r.endsAt === null) end = null;
    else if (end !== null) end = Math.max(end, Date.parse(r.endsAt));
  }
  const iso = (t: number) => new Date(t).toISOString();
  return { start: iso(start), latestStart: iso(latestStart), end: end === null ? null : iso(end) };
}

const matchesText = (r: AccessRight, q: string) =>
  [r.id, r.offerId, r.productId, r.platformProductId, r.productName, r.tierId, r.subscriptionId].some(
    (v) => v != null && foldText(v).includes(q),
  );

/** Text sorts by the collation of the locale (`options.locale`, else the browser's): "Ágnes" before "Zsófia". */
function sortRows(
  rows: readonly AccessRight[],
  sort: AccessRightsSort,
  collator: Intl.Collator,
): AccessRight[] {
  const field = sort.field as keyof AccessRight;
  const sign = sort.direction === 'desc' ? -1 : 1;
  // Decorate once so that the comparator compares primitives only (100,000 rows stay fast).
  // Empty values (an open end, no offer) always come last.
  const keyed = rows.map((row) => ({ row, key: sortKey(row[field]) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
    if (typeof a.key === 'string' && typeof b.key === 'string') return collator.compare(a.key, b.key) * sign;
    return a.key < b.key ? -sign : a.key > b.key ? sign : 0;
  });
  return keyed.map((k) => k.row);
}

/** Dates sort as time, booleans as 0/1, text without case. */
function sortKey(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const text = String(value);
  if (/^\d{4}-\d\d-\d\dT/.test(text)) return Date.parse(text);
  return text;
}
