import { html, nothing } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { AccessRight } from '../../api/schemas/index.js';
import { hrefFromTemplate } from '../../core/links.js';
import type { Localizer } from '../../core/localize.js';
import { formatDay, type ResolvedColumn } from './columns.js';
import { deleteIcon, editIcon } from './row-icons.js';
import { rowDetail } from './detail.js';
import type { TkOfferOpenDetail } from './events.js';
import type { GridPosition } from './grid-navigation.js';
import type { CellSpec } from './grid-cells.js';
import { gridRow } from './grid-row.js';
import { timelineAxis, timelineBar, type TimeDomain } from './timeline.js';
import type { AccessRightsSort } from './types.js';

/** What the grid's header and rows are drawn from. */
export interface GridView {
  l: Localizer;
  columns: readonly ResolvedColumn[];
  sort: AccessRightsSort | undefined;
  /** The timeline's time span, once rows are loaded. */
  domain: TimeDomain | undefined;
  rtl: boolean;
  offerHref: string | undefined;
  /** True when something listens for `tk-offer-open`: offer IDs without `offer-href` are buttons then. */
  offerButtons: boolean;
  /** The right just created or saved: its row is highlighted. */
  highlighted?: string;
  /** The cell that carries `tabindex=0`. */
  tab: GridPosition;
  /** Expanded rights by id. */
  expanded: ReadonlySet<string>;
  on: GridHandlers;
}

/** What the controls in the grid do; the element owns the state and the events. */
export interface GridHandlers {
  sort: (col: ResolvedColumn) => void;
  toggle: (right: AccessRight, index: number) => void;
  edit: (right: AccessRight, e: Event) => void;
  remove: (right: AccessRight, e: Event) => void;
  /** An offer ID was activated; prevent `e` to stop the link. */
  offerOpen: (detail: TkOfferOpenDetail, e: Event) => void;
}

/** The header row: sort buttons on sortable columns, the year axis over the timeline. */
export function renderHeader(g: GridView): DirectiveResult {
  const tab = g.tab;
  const cells = g.columns.map((col, stop): CellSpec => {
    const sorted = g.sort && col.sortField === g.sort.field ? g.sort.direction : undefined;
    const timeline = col.kind === 'timeline';
    return {
      kind: 'header',
      text: col.header,
      part: timeline ? 'header-cell timeline' : 'header-cell',
      ariaSort: sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined,
      stop,
      tabindex: tab.row === -1 && tab.stop === stop ? 0 : -1,
      sort: col.sortField
        ? { icon: sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕', onSort: () => g.on.sort(col) }
        : undefined,
      axis:
        timeline && g.domain
          ? timelineAxis(g.domain, g.rtl, (t) => g.l.date(t, { year: 'numeric', timeZone: 'UTC' }))
          : undefined,
    };
  });
  return gridRow({ className: 'row', part: 'header', index: -1, cells });
}

/** One row: a placeholder until its right is loaded; an expanded row adds its detail. */
export function renderRow(g: GridView, index: number, right: AccessRight | undefined): DirectiveResult {
  const tab = g.tab;
  const odd = index % 2 === 1 ? 'row odd' : 'row';
  const tabindexFor = (stop: number) => (tab.row === index && tab.stop === stop ? 0 : -1);
  if (!right) {
    const cells = g.columns.map((_, stop): CellSpec => ({
      kind: 'text',
      stop,
      tabindex: tabindexFor(stop),
      spanClass: 'skeleton',
      text: '',
    }));
    return gridRow({ className: `${odd} placeholder`, index, cells });
  }
  const expanded = g.expanded.has(right.id);
  let stop = 0;
  const cells = g.columns.map((col) => cellSpec(g, col, right, index, expanded, () => stop++, tabindexFor));
  return gridRow({
    className: right.id === g.highlighted ? `${odd} highlighted` : odd,
    index,
    cells,
    detail: expanded ? rowDetail(g.l, right, `detail-${index}`, Date.now()) : undefined,
  });
}

/** One cell; `nextStop` hands out the row's focus stops in order (the action cell takes two). */
function cellSpec(
  g: GridView,
  col: ResolvedColumn,
  right: AccessRight,
  index: number,
  expanded: boolean,
  nextStop: () => number,
  tabindexFor: (stop: number) => number,
): CellSpec {
  const l = g.l;
  const plain = () => {
    const stop = nextStop();
    return { stop, tabindex: tabindexFor(stop) };
  };
  switch (col.kind) {
    case 'no':
      return {
        kind: 'disclosure',
        ...plain(),
        expanded,
        detailId: `detail-${index}`,
        label: l.t('accessRights.details', { id: right.id }),
        text: col.text(right, index),
        toggle: g.on.toggle,
        right,
        index,
      };
    case 'offer':
      return offerCellSpec(g, col, right, index, plain());
    case 'action': {
      if (!right.manual) return { kind: 'template', className: 'cell', ...plain(), content: nothing };
      const edit = plain();
      const del = plain();
      return {
        kind: 'template',
        className: 'cell',
        content: html`<button
            class="btn small icon"
            data-stop=${edit.stop}
            tabindex=${edit.tabindex}
            title=${l.t('common.edit')}
            aria-label=${l.t('accessRights.edit', { id: right.id })}
            @click=${(e: Event) => g.on.edit(right, e)}
          >
            ${editIcon}
          </button>
          <button
            class="btn small icon danger"
            data-stop=${del.stop}
            tabindex=${del.tabindex}
            title=${l.t('common.delete')}
            aria-label=${l.t('accessRights.delete', { id: right.id })}
            @click=${(e: Event) => g.on.remove(right, e)}
          >
            ${deleteIcon}
          </button>`,
      };
    }
    case 'timeline': {
      const label = l.t('accessRights.timeline.bar', {
        status: l.t(`accessRights.status.${right.status}`),
        start: formatDay(l, right.startsAt),
        end: formatDay(l, right.endsAt),
      });
      return {
        kind: 'template',
        className: 'cell timeline-cell',
        ...plain(),
        content: g.domain ? timelineBar(right, g.domain, Date.now(), g.rtl, label) : nothing,
      };
    }
    default:
      return {
        kind: 'text',
        ...plain(),
        spanClass: col.id === 'status' ? `badge ${right.status}` : 'text',
        text: col.text(right, index),
      };
  }
}

/**
 * An offer ID: a link when `offer-href` is set, a button when something listens for
 * `tk-offer-open` (both fire it), else plain text: nothing that looks clickable and does nothing.
 */
function offerCellSpec(
  g: GridView,
  col: ResolvedColumn,
  right: AccessRight,
  index: number,
  s: { stop: number; tabindex: number },
): CellSpec {
  const offerId = right.offerId;
  const href = offerId ? hrefFromTemplate(g.offerHref, { offerId, accountId: right.accountId }) : undefined;
  if (!offerId || (!href && !g.offerButtons))
    return { kind: 'text', ...s, spanClass: 'text', text: col.text(right, index) };
  const open = (e: Event) => g.on.offerOpen({ offerId, right, href }, e);
  return {
    kind: 'template',
    className: 'cell',
    content: href
      ? html`<a href=${href} part="offer-link" data-stop=${s.stop} tabindex=${s.tabindex} @click=${open}
          >${offerId}</a
        >`
      : html`<button class="link" part="offer-link" data-stop=${s.stop} tabindex=${s.tabindex} @click=${open}>
          ${offerId}
        </button>`,
  };
}
