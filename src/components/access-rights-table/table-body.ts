import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../core/localize.js';
import { canRetry, emptyState, errorState, errorText, loadingState } from '../../core/states.js';
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
  const total = rows.total;
  const retry = () => cache?.retry(v.start, v.end);
  if (!cache) {
    if (v.principalError) return errorState(l, v.principalError, v.retryPrincipal);
    if (!v.hasSource && v.sourceless)
      return html`<div class="state error" role="alert" part="error">${l.t('error.noClient')}</div>`;
    return loadingState(l);
  }
  // Retrying helps with network trouble, not with data the element cannot read.
  if (cache.error !== undefined && total === undefined)
    return errorState(l, cache.error, canRetry(cache.error) ? retry : undefined);
  if (total === undefined || !v.settled) return loadingState(l);
  if (total === 0) {
    return v.unfiltered
      ? emptyState(l.t('accessRights.empty'))
      : emptyState(
          l.t('accessRights.noMatch'),
          html`<button class="btn" @click=${v.showAll}>${l.t('accessRights.showAll')}</button>`,
        );
  }
  const grid = v.grid();
  const rendered: TemplateResult[] = [];
  for (let i = v.start; i <= v.end; i++) rendered.push(renderRow(grid, i, rows.rowAt(i)));
  return html`${
      cache.error !== undefined
        ? html`<div class="banner error" role="alert">
            ${l.t('accessRights.loadError')} ${errorText(l, cache.error)}
            <button class="btn" @click=${retry}>${l.t('common.retry')}</button>
          </div>`
        : nothing
    }
    <div
      class="scroller"
      part="table"
      role="grid"
      aria-label=${l.t('accessRights.label')}
      aria-rowcount=${total + 1}
      aria-colcount=${grid.columns.length}
      aria-busy=${cache.loading ? 'true' : 'false'}
      @scroll=${v.onScroll}
      @keydown=${v.onKeydown}
      @focusin=${v.onFocusin}
    >
      <div class="header" role="rowgroup">${renderHeader(grid)}</div>
      <div class="body" role="rowgroup"><div class="window">${rendered}</div></div>
      <div class="row probe" aria-hidden="true"><div class="cell"></div></div>
    </div>`;
}
