import type { AccessRightsFilter, AccessRightsSort } from './types.js';

/** Today as `YYYY-MM-DD` in the user's calendar. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isUnfiltered(f: AccessRightsFilter): boolean {
  return !f.q.trim() && f.status === 'all' && f.validOn === 'all';
}

/** A header click cycles its field through ascending, descending and unsorted. */
export function nextSort(sort: AccessRightsSort | undefined, field: string): AccessRightsSort | undefined {
  const current = sort?.field === field ? sort.direction : undefined;
  if (current === undefined) return { field, direction: 'asc' };
  return current === 'asc' ? { field, direction: 'desc' } : undefined;
}
