import type {
  ResourceKind,
  ResourceListQuery,
  ResourceSelection,
  ResourceStatus,
} from '../../api/schemas/index.js';

/** The filters the toolbar sets. */
export interface ResourceFilter {
  /** Identifier or label. */
  q: string;
  /** Part of the account's name (seed 001's "filter by account name"). */
  accountName: string;
  status: ResourceStatus | 'all';
  /** Only resources whose usage reached the alert level. */
  overAlert: boolean;
}

export const NO_FILTER: ResourceFilter = { q: '', accountName: '', status: 'all', overAlert: false };

export type ResourceSortField = 'identifier' | 'label' | 'kind' | 'status' | 'accountName' | 'used';
export interface ResourceSort {
  field: ResourceSortField;
  direction: 'asc' | 'desc';
}

export const isUnfiltered = (f: ResourceFilter) =>
  !f.q.trim() && !f.accountName.trim() && f.status === 'all' && !f.overAlert;

/** The selection query of the list: its filters, kind and scope, without paging or order. */
export function selectionQuery(
  filter: ResourceFilter,
  kind: ResourceKind | undefined,
  subtree: boolean,
): ResourceSelection {
  const q: ResourceSelection = {};
  if (filter.q.trim()) q.q = filter.q.trim();
  if (filter.accountName.trim()) q.accountName = filter.accountName.trim();
  if (filter.status !== 'all') q.status = filter.status;
  if (filter.overAlert) q.overAlert = true;
  if (kind) q.kind = kind;
  if (subtree) q.include = 'descendants';
  return q;
}

export function listQuery(
  selection: ResourceSelection,
  sort: ResourceSort | undefined,
  offset: number,
  limit: number,
): ResourceListQuery {
  return {
    ...selection,
    offset,
    limit,
    ...(sort ? { sort: `${sort.direction === 'desc' ? '-' : ''}${sort.field}` } : {}),
  };
}

/** Next sort when a header is clicked: ascending, descending, then ascending again. */
export function nextSort(current: ResourceSort | undefined, field: ResourceSortField): ResourceSort {
  return current?.field === field && current.direction === 'asc'
    ? { field, direction: 'desc' }
    : { field, direction: 'asc' };
}
