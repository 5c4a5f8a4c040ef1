import type { AccessRight } from '../../api/schemas/index.js';
import type { Localizer, TextKey } from '../../core/localize.js';
import type { BuiltInColumnId, ColumnSpec } from './types.js';

/** How a cell is drawn: plain text, or one of the cells with controls. */
export type CellKind = 'no' | 'offer' | 'action' | 'timeline' | 'text';

/** A column ready to draw: its header, width, sort field and plain-text value. */
export interface ResolvedColumn {
  id: string;
  kind: CellKind;
  header: string;
  /** CSS grid track size. */
  width: string;
  sortField?: string;
  /** The cell as text (also what the CSV export writes). */
  text: (right: AccessRight, index: number) => string;
}

export const DEFAULT_COLUMNS: readonly BuiltInColumnId[] = [
  'no',
  'id',
  'offerId',
  'startsAt',
  'endsAt',
  'status',
  'manual',
  'action',
];

/** Rights are valid from/to instants; the calendar day is the UTC one, as the API stores it. */
const DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };

function builtIn(id: BuiltInColumnId, l: Localizer): ResolvedColumn {
  const header = l.t(`accessRights.column.${id}` as TextKey);
  switch (id) {
    case 'no':
      return { id, kind: 'no', header, width: 'minmax(4.5rem, 0.5fr)', text: (_, i) => l.number(i + 1) };
    case 'id':
      return { id, kind: 'text', header, width: 'minmax(9rem, 1.4fr)', sortField: 'id', text: (r) => r.id };
    case 'offerId':
      return {
        id,
        kind: 'offer',
        header,
        width: 'minmax(8rem, 1fr)',
        sortField: 'offerId',
        text: (r) => r.offerId ?? l.t('common.none'),
      };
    case 'startsAt':
      return {
        id,
        kind: 'text',
        header,
        width: 'minmax(7rem, 1fr)',
        sortField: 'startsAt',
        text: (r) => l.date(r.startsAt, DAY),
      };
    case 'endsAt':
      return {
        id,
        kind: 'text',
        header,
        width: 'minmax(7rem, 1fr)',
        sortField: 'endsAt',
        text: (r) => (r.endsAt ? l.date(r.endsAt, DAY) : l.t('accessRights.openEnded')),
      };
    case 'status':
      return {
        id,
        kind: 'text',
        header,
        width: 'minmax(6rem, 0.8fr)',
        sortField: 'status',
        text: (r) => l.t(`accessRights.status.${r.status}`),
      };
    case 'manual':
      return {
        id,
        kind: 'text',
        header,
        width: 'minmax(8.5rem, 0.8fr)',
        sortField: 'manual',
        text: (r) => l.t(r.manual ? 'common.yes' : 'common.no'),
      };
    case 'action':
      return { id, kind: 'action', header, width: 'minmax(11rem, 1fr)', text: () => '' };
  }
}

/** The columns to draw, in the host's order; the action column only for those who may write. */
export function resolveColumns(
  specs: readonly ColumnSpec[],
  l: Localizer,
  writable: boolean,
): ResolvedColumn[] {
  const columns: ResolvedColumn[] = [];
  for (const spec of specs) {
    if (typeof spec === 'string') {
      if (spec === 'action' && !writable) continue;
      columns.push(builtIn(spec, l));
    } else {
      columns.push({
        id: spec.id,
        kind: 'text',
        header: spec.header,
        width: spec.width ?? 'minmax(8rem, 1fr)',
        sortField: spec.sortField,
        text: (r) => String(spec.render(r) ?? ''),
      });
    }
  }
  return columns;
}

/** The timeline view: number, id and a bar on a time axis. */
export function timelineColumns(l: Localizer): ResolvedColumn[] {
  return [
    { ...builtIn('no', l), width: 'minmax(4.5rem, 0.4fr)' },
    builtIn('id', l),
    {
      id: 'timeline',
      kind: 'timeline',
      header: l.t('accessRights.column.timeline'),
      width: 'minmax(16rem, 5fr)',
      sortField: 'startsAt',
      text: (r) => `${formatDay(l, r.startsAt)} – ${formatDay(l, r.endsAt)}`,
    },
  ];
}

/** Formats a day for the detail and the form. */
export const formatDay = (l: Localizer, instant: string | null) =>
  instant ? l.date(instant, DAY) : l.t('accessRights.openEnded');
