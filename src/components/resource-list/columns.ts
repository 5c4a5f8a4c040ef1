import type { TextKey } from '../../core/localize.js';
import type { ResourceSort, ResourceSortField } from './query.js';

/** `narrow`: also shown when the element is narrow (phones); the others fold away. */
export const COLUMNS: { field: ResourceSortField; key: TextKey; width: string; narrow?: boolean }[] = [
  { field: 'identifier', key: 'resources.column.identifier', width: 'minmax(11.5rem, 1.1fr)', narrow: true },
  { field: 'label', key: 'resources.column.label', width: 'minmax(8rem, 0.9fr)' },
  { field: 'kind', key: 'resources.column.kind', width: '6.5rem' },
  { field: 'accountName', key: 'resources.column.account', width: 'minmax(10rem, 1.2fr)' },
  { field: 'status', key: 'resources.column.status', width: '7rem' },
  { field: 'used', key: 'resources.column.usage', width: 'minmax(17rem, 1.5fr)', narrow: true },
];

/** The order when the element's `sort` is unset. */
export const DEFAULT_SORT: ResourceSort = { field: 'identifier', direction: 'asc' };

/** The grid's column tracks, with the checkbox column when rows can be selected. */
export function columnTracks(writable: boolean): { wide: string; narrow: string } {
  const check = writable ? ['2.75rem'] : [];
  return {
    wide: [...check, ...COLUMNS.map((c) => c.width)].join(' '),
    narrow: [...check, 'minmax(0, 1fr)', '9.5rem'].join(' '),
  };
}
