import type { ProvisioningClient } from '../../api/client.js';
import type { AccessRight, AccessRightListQuery } from '../../api/schemas/index.js';
import { foldText } from '../../api/text-fold.js';
import type {
  AccessRightsDataProvider,
  AccessRightsFilter,
  AccessRightsPage,
  AccessRightsSort,
} from './types.js';
import { filterIndexes, sortIndexes } from './row-order.js';

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
 * For hosts that already have every row, for stories and for the benchmark. The view of a query
 * is an index into the host's array (row-order.ts), never a copy of its rows; the order of the
 * last sort is kept, so that a new filter on a sorted table only walks it.
 */
export function arrayDataProvider(
  rows: readonly AccessRight[],
  options: { locale?: string } = {},
): AccessRightsDataProvider {
  const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
  let sorted: { key: string; order: Uint32Array } | undefined;
  let last: { key: string; view: View } | undefined;
  const orderFor = (sort: AccessRightsSort | undefined) => {
    if (!sort) return undefined;
    const key = `${sort.field}:${sort.direction}`;
    if (sorted?.key !== key) sorted = { key, order: sortIndexes(rows, sort, collator) };
    return sorted.order;
  };
  const view = (sort: AccessRightsSort | undefined, filter: AccessRightsFilter): View => {
    const key = JSON.stringify([sort, filter]);
    if (last?.key === key) return last.view;
    const q = foldText(filter.q.trim());
    const order = orderFor(sort);
    // Without a filter the sort order alone, and without a sort the rows themselves.
    const index =
      filter.status === 'all' && filter.validOn === 'all' && !q
        ? order
        : filterIndexes(
            rows,
            order,
            (r) =>
              (filter.status === 'all' || r.status === filter.status) &&
              (filter.validOn === 'all' || validOnDay(r, filter.validOn)) &&
              (!q || matchesText(r, q)),
          );
    const result: View = { rows, index, length: index ? index.length : rows.length };
    last = { key, view: result };
    return result;
  };
  return async (range, sort, filter) => {
    const all = view(sort, filter);
    const end = Math.min(all.length, range.offset + range.limit);
    const items: AccessRight[] = [];
    for (let k = range.offset; k < end; k++) items.push(rowOf(all, k));
    return {
      items,
      total: all.length,
      // Read by the timeline only: the first paint of the table never scans every row for it.
      get timeRange() {
        return (all.term ??= { range: termOf(all) }).range;
      },
    };
  };
}

/** The rows of a query: `index` into the host's `rows` (all of them, in order, without one). */
interface View {
  rows: readonly AccessRight[];
  index: Uint32Array | undefined;
  length: number;
  term?: { range: AccessRightsPage['timeRange'] };
}

const rowOf = (view: View, k: number) => view.rows[view.index ? view.index[k]! : k]!;

/** The term of every right: the timeline's scale, known before the rows are. */
function termOf(view: View): AccessRightsPage['timeRange'] {
  if (!view.length) return undefined;
  let start = Infinity;
  let latestStart = -Infinity;
  let end: number | null = -Infinity;
  for (let k = 0; k < view.length; k++) {
    const r = rowOf(view, k);
    const from = Date.parse(r.startsAt);
    if (from < start) start = from;
    if (from > latestStart) latestStart = from;
    if (r.endsAt === null) end = null;
    else if (end !== null) end = Math.max(end, Date.parse(r.endsAt));
  }
  const iso = (t: number) => new Date(t).toISOString();
  return { start: iso(start), latestStart: iso(latestStart), end: end === null ? null : iso(end) };
}

const TEXT_FIELDS = [
  'id',
  'offerId',
  'productId',
  'platformProductId',
  'productName',
  'tierId',
  'subscriptionId',
] as const;

const matchesText = (r: AccessRight, q: string) => {
  for (const field of TEXT_FIELDS) {
    const v = r[field];
    if (v != null && foldText(v).includes(q)) return true;
  }
  return false;
};
