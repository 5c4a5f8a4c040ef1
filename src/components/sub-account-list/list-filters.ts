import type { AccountListQuery, AccountStatus } from '../../api/schemas/index.js';

/** The orders the list offers, by the API's sort field. */
export const SORTS = ['name', '-name', '-createdAt', 'createdAt', 'trialEndsAt'] as const;

/** The search, filters, order and page the list shows. */
export interface Filters {
  q: string;
  status: '' | AccountStatus;
  productTypeId: string;
  trial: '' | 'true' | 'false';
  internal: '' | 'true' | 'false';
  sort: (typeof SORTS)[number];
  offset: number;
}

export const NO_FILTERS: Omit<Filters, 'sort' | 'offset'> = {
  q: '',
  status: '',
  productTypeId: '',
  trial: '',
  internal: '',
};

/** Search or any filter: matches from the whole subtree, flat, with paths. */
export function isSearching(f: Filters): boolean {
  return !!(f.q || f.status || f.productTypeId || f.trial || f.internal);
}

/** The request for one page of top-level accounts (of matches, when searching). */
export function queryOf(f: Filters, limit: number): AccountListQuery {
  const q: AccountListQuery = { sort: f.sort, offset: f.offset, limit };
  if (f.q) q.q = f.q;
  if (f.status) q.status = f.status;
  if (f.productTypeId) q.productTypeId = f.productTypeId;
  if (f.trial) q.trial = f.trial === 'true';
  if (f.internal) q.internal = f.internal === 'true';
  if (isSearching(f)) q.include = 'descendants';
  return q;
}
