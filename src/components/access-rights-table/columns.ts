import { html, type TemplateResult } from 'lit';
import type { AccessRight } from '../../api/schemas/index.js';
import type { Localizer, TextKey } from '../../core/localize.js';
import { deleteIcon, editIcon } from './row-icons.js';
import type { BuiltInColumnId, ColumnSpec } from './types.js';

/** How a cell is drawn: plain text, or one of the cells with controls. */
export type CellKind = 'no' | 'offer' | 'action' | 'timeline' | 'text';

/** A column ready to draw: its header, width, sort field and plain-text value. */
export interface ResolvedColumn {
  id: string;
  kind: CellKind;
  header: string;
  /**
   * The track's least width and its share of the rest (`minmax(least, grow)`); the least width
   * also fits the header's longest word and the `fits` contents (see column-fit.ts).
   */
  /** In rem. */
  min: number;
  grow: string;
  /** A host column's own CSS track, used as given. */
  track?: string;
  /** Localized contents that must fit on one line in this column's cells (badges, buttons). */
  fits?: TemplateResult[];
  /** Contents that must fit for a count of rows, by its digit count (index 0: one digit). */
  countFits?: TemplateResult[];
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

const STATUSES = ['active', 'deactivated'] as const;
/** Days with the longest month abbreviations ("févr.", "juil.", "szept."), for the sizer. */
const WIDE_DAYS = ['2026-02-28T00:00:00Z', '2026-07-31T00:00:00Z', '2026-09-30T00:00:00Z'];
const dayFits = (l: Localizer) => WIDE_DAYS.map((d) => html`<span>${l.date(d, DAY)}</span>`);

/** Counts of up to this many digits size the No. column exactly; longer ones as if this long. */
const COUNT_DIGITS = 9;
/** The widest number of each digit count (9, 99, …), after the disclosure button, for the sizer. */
const countFits = (l: Localizer) =>
  Array.from(
    { length: COUNT_DIGITS },
    (_, d) => html`<span class="disclosure"></span><span>${l.number(10 ** (d + 1) - 1)}</span>`,
  );

/** A built-in column. */
function builtIn(id: BuiltInColumnId, l: Localizer): ResolvedColumn {
  const header = l.t(`accessRights.column.${id}` as TextKey);
  switch (id) {
    case 'no':
      return {
        id,
        kind: 'no',
        header,
        min: 4,
        grow: '0.5fr',
        countFits: countFits(l),
        text: (_, i) => l.number(i + 1),
      };
    case 'id':
      return { id, kind: 'text', header, min: 8, grow: '1.4fr', sortField: 'id', text: (r) => r.id };
    case 'offerId':
      return {
        id,
        kind: 'offer',
        header,
        min: 7,
        grow: '1fr',
        sortField: 'offerId',
        text: (r) => r.offerId ?? l.t('common.none'),
      };
    case 'startsAt':
      return {
        id,
        kind: 'text',
        header,
        min: 6.5,
        grow: '1fr',
        sortField: 'startsAt',
        fits: dayFits(l),
        text: (r) => l.date(r.startsAt, DAY),
      };
    case 'endsAt':
      return {
        id,
        kind: 'text',
        header,
        min: 6.5,
        grow: '1fr',
        sortField: 'endsAt',
        fits: [...dayFits(l), html`<span>${l.t('accessRights.openEnded')}</span>`],
        text: (r) => (r.endsAt ? l.date(r.endsAt, DAY) : l.t('accessRights.openEnded')),
      };
    case 'status':
      return {
        id,
        kind: 'text',
        header,
        min: 5,
        grow: '0.8fr',
        sortField: 'status',
        fits: STATUSES.map((s) => html`<span class="badge ${s}">${l.t(`accessRights.status.${s}`)}</span>`),
        text: (r) => l.t(`accessRights.status.${r.status}`),
      };
    case 'manual':
      return {
        id,
        kind: 'text',
        header,
        min: 6,
        grow: '0.8fr',
        sortField: 'manual',
        text: (r) => l.t(r.manual ? 'common.yes' : 'common.no'),
      };
    case 'action':
      return {
        id,
        kind: 'action',
        header,
        min: 5,
        grow: '1fr',
        // The two buttons of a manual right, side by side (the sizer draws them inert).
        fits: [
          html`<span class="btn small icon">${editIcon}</span
            ><span class="btn small icon danger">${deleteIcon}</span>`,
        ],
        text: () => '',
      };
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
        min: 8,
        grow: '1fr',
        track: spec.width,
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
    { ...builtIn('no', l), grow: '0.4fr' },
    builtIn('id', l),
    {
      id: 'timeline',
      kind: 'timeline',
      header: l.t('accessRights.column.timeline'),
      min: 16,
      grow: '5fr',
      sortField: 'startsAt',
      text: (r) => `${formatDay(l, r.startsAt)} – ${formatDay(l, r.endsAt)}`,
    },
  ];
}

/** Formats a day for the detail and the form. */
export const formatDay = (l: Localizer, instant: string | null) =>
  instant ? l.date(instant, DAY) : l.t('accessRights.openEnded');
