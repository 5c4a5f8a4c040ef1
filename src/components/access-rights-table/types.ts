import type { AccessRight, AccessRightStatus, UnreadableRow } from '../../api/schemas/index.js';

/** The built-in columns, in seed 003's order. */
export type BuiltInColumnId =
  'no' | 'id' | 'offerId' | 'startsAt' | 'endsAt' | 'status' | 'manual' | 'action';

/** A column the host adds; `render` returns plain text (never HTML). */
export interface CustomColumn {
  id: string;
  /** Header text, already in the host's language. */
  header: string;
  render: (right: AccessRight) => string;
  /** The API sort field this column sorts by; not sortable when absent. */
  sortField?: string;
  /** CSS track size, `minmax(8rem, 1fr)` by default. */
  width?: string;
}

/** One entry of the `columns` property: a built-in column by id, or a host column. */
export type ColumnSpec = BuiltInColumnId | CustomColumn;

/** What the table shows; `validOn: 'all'` shows rights of every period. */
export interface AccessRightsFilter {
  /** Free text matched against the ids. */
  q: string;
  status: AccessRightStatus | 'all';
  /** `YYYY-MM-DD` (today by default) or `all`. */
  validOn: string;
}

export interface AccessRightsSort {
  /** The API sort field (`startsAt`, `endsAt`, `id`…). */
  field: string;
  direction: 'asc' | 'desc';
}

export interface RowRange {
  offset: number;
  limit: number;
}

/**
 * Where rows come from (the Vaadin grid pattern): the table asks for one range at a time and
 * aborts requests it no longer needs.
 */
export type AccessRightsDataProvider = (
  range: RowRange,
  sort: AccessRightsSort | undefined,
  filter: AccessRightsFilter,
  signal: AbortSignal,
) => Promise<AccessRightsPage>;

/** One range of rows, and what the whole query holds. */
export interface AccessRightsPage {
  items: AccessRight[];
  /** Rows of this range the client could not read; shown as unreadable, the rest stay. */
  unreadable?: UnreadableRow[];
  /** Rows matching the query. */
  total: number;
  /** `false`: the server stopped counting at `total` ("more than N", issue 21). */
  totalExact?: boolean;
  /**
   * The term of every right matching the query, when the provider knows it: the earliest start,
   * the latest start and the latest end (null when some right is open-ended). The timeline then
   * fixes its scale from it at once; without it the scale is taken from the first rows and
   * widened only when the user asks.
   */
  timeRange?: { start: string; latestStart: string; end: string | null };
}
