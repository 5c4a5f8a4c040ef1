import { html, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { Localizer } from '../../core/localize.js';
import { gridBody } from '../../core/states.js';
import { renderHeader, renderRow, type GridView } from './grid-rows.js';
import type { RowSource } from './row-source.js';

/** What the part below the toolbar shows: a state panel or the scrolling grid. */
export interface BodyView {
  l: Localizer;
  rows: RowSource;
  /** The first and last position of the rendered window. */
  start: number;
  end: number;
  principalError: unknown;
  retryPrincipal: () => void;
  /** True with a client or a data provider. */
  hasSource: boolean;
  /** True once the grace period for a data provider set late has passed without one. */
  sourceless: boolean;
  /** The principal is known (or failed): rows wait for it, so that the action column never pops in. */
  settled: boolean;
  unfiltered: boolean;
  showAll: () => void;
  /** Read only when the grid is drawn. */
  grid: () => GridView;
  onScroll: (e: Event) => void;
  onKeydown: (e: KeyboardEvent) => void;
  onFocusin: (e: FocusEvent) => void;
}

export function renderBody(v: BodyView): TemplateResult {
  const { l, rows } = v;
  const cache = rows.cache;
  return gridBody({
    l,
    rows: cache,
    principalError: v.principalError,
    retryPrincipal: v.retryPrincipal,
    noSource: !v.hasSource && v.sourceless,
    total: rows.total,
    ready: v.settled,
    retry: () => cache?.retry(v.start, v.end),
    empty: l.t('accessRights.empty'),
    noMatch: v.unfiltered
      ? undefined
      : { text: l.t('accessRights.noMatch'), showAll: l.t('accessRights.showAll'), onShowAll: v.showAll },
    loadError: l.t('accessRights.loadError'),
    grid: (total) => renderGrid(v, total),
  });
}

function renderGrid(v: BodyView, total: number): TemplateResult {
  const { l, rows } = v;
  const grid = v.grid();
  const rendered: DirectiveResult[] = [];
  for (let i = v.start; i <= v.end; i++) rendered.push(renderRow(grid, i, rows.rowAt(i)));
  return html`<div
    class="scroller"
    part="table"
    role="grid"
    aria-label=${l.t('accessRights.label')}
    aria-rowcount=${total + 1}
    aria-colcount=${grid.columns.length}
    aria-busy=${rows.cache?.loading ? 'true' : 'false'}
    @scroll=${v.onScroll}
    @keydown=${v.onKeydown}
    @focusin=${v.onFocusin}
  >
    <div class="header" role="rowgroup">${renderHeader(grid)}</div>
    <div class="body" role="rowgroup"><div class="window">${rendered}</div></div>
    <div class="row probe" aria-hidden="true"><div class="cell"></div></div>
  </div>`;
}
