import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Resource } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';
import { COLUMNS, DEFAULT_SORT } from './columns.js';
import type { ResourceSort, ResourceSortField } from './query.js';
import type { Selection } from './selection.js';
import { usageCell } from './usage.js';

const STATUS_TONE = { active: 'success', suspended: 'danger', inactive: 'neutral' } as const;

export interface HeaderView {
  l: Localizer;
  /** Rows can be selected: the header has the checkbox column. */
  writable: boolean;
  sort: ResourceSort | undefined;
  onSort: (field: ResourceSortField) => void;
}

/** The sticky header row: a sort button per column, `aria-sort` on the sorted one. */
export function renderHeader(v: HeaderView): TemplateResult {
  const l = v.l;
  const sort = v.sort ?? DEFAULT_SORT;
  return html`<div class="row" role="row" part="header" aria-rowindex="1">
    ${
      v.writable
        ? html`<div class="cell check" role="columnheader">
            <span class="visually-hidden">${l.t('resources.column.selected')}</span>
          </div>`
        : nothing
    }
    ${COLUMNS.map((col) => {
      const sorted = sort.field === col.field ? sort.direction : undefined;
      return html`<div
        class="cell${col.narrow ? '' : ' wide-only'}"
        role="columnheader"
        aria-sort=${ifDefined(sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined)}
      >
        <button class="sort" type="button" @click=${() => v.onSort(col.field)}>
          <span class="text">${l.t(col.key)}</span
          ><span class="sort-icon" aria-hidden="true"
            >${sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span
          >
        </button>
      </div>`;
    })}
  </div>`;
}

export interface RowsView {
  l: Localizer;
  writable: boolean;
  /** The rows in the DOM: `start` to `end`, both included. */
  start: number;
  end: number;
  /** The row at an index of the whole list, or undefined while its block loads. */
  rowAt: (index: number) => Resource | undefined;
  /** The row that holds focus in the grid (roving tabindex). */
  focusIndex: number;
  selection: Selection;
}

/** The visible rows; a row not loaded yet is a placeholder that keeps its place and focus. */
export function renderRows(v: RowsView): TemplateResult[] {
  const rows: TemplateResult[] = [];
  for (let i = v.start; i <= v.end; i++) rows.push(renderRow(v, i));
  return rows;
}

function renderRow(v: RowsView, index: number): TemplateResult {
  const l = v.l;
  const writable = v.writable;
  const r = v.rowAt(index);
  const odd = index % 2 === 1 ? ' odd' : '';
  const tabindex = index === v.focusIndex ? 0 : -1;
  if (!r)
    return html`<div
      class="row placeholder${odd}"
      role="row"
      aria-rowindex=${index + 2}
      data-index=${index}
      tabindex=${tabindex}
    >
      <div class="cell" role="gridcell"><span class="hint">${l.t('common.loading')}</span></div>
    </div>`;
  const selected = writable && v.selection.has(r.id);
  const above = r.accountPath.slice(0, -1);
  return html`<div
    class="row${odd}${selected ? ' selected' : ''}"
    role="row"
    part=${selected ? 'row selected' : 'row'}
    aria-rowindex=${index + 2}
    aria-selected=${ifDefined(writable ? (selected ? 'true' : 'false') : undefined)}
    data-index=${index}
    tabindex=${tabindex}
  >
    ${
      writable
        ? html`<div class="cell check" role="gridcell">
            <input
              type="checkbox"
              tabindex="-1"
              data-check
              .checked=${selected}
              aria-label=${l.t('resources.select', { identifier: r.identifier })}
            />
          </div>`
        : nothing
    }
    <div class="cell identifier" role="gridcell">
      <span class="text mono" title=${r.identifier}>${r.identifier}</span>
      <span class="text sub narrow-only">${r.accountName}</span>
    </div>
    <div class="cell wide-only" role="gridcell">
      <span class="text">${r.label || html`<span class="hint">${l.t('common.none')}</span>`}</span>
    </div>
    <div class="cell wide-only" role="gridcell">
      <span class="text">${l.t(`resources.kind.${r.kind}`)}</span>
    </div>
    <div class="cell account wide-only" role="gridcell">
      <span class="text">${r.accountName}</span>
      ${above.length ? html`<span class="text sub path">${above.join(' › ')}</span>` : nothing}
    </div>
    <div class="cell wide-only" role="gridcell">
      <span class="badge ${STATUS_TONE[r.status]}">${l.t(`resources.status.${r.status}`)}</span>
    </div>
    <div class="cell usage-cell" role="gridcell">${usageCell(l, r)}</div>
  </div>`;
}
