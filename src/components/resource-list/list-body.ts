import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Resource } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';
import { gridBody } from '../../core/states.js';
import type { BlockCache } from '../../core/virtual/block-cache.js';
import { COLUMNS } from './columns.js';

export interface ListBodyView {
  l: Localizer;
  /** The current query's rows; undefined until the principal and the client are there. */
  cache: BlockCache<Resource> | undefined;
  /** What stops the list before it has a query: the principal's failure, or no client. */
  principalError: unknown;
  onPrincipalRetry: () => void;
  hasClient: boolean;
  total: number | undefined;
  totalExact: boolean;
  unfiltered: boolean;
  writable: boolean;
  /** Loads the visible blocks that failed again. */
  onRetry: () => void;
  onShowAll: () => void;
  /** Rendered only when the grid is shown. */
  header: () => TemplateResult;
  rows: () => TemplateResult[];
  onScroll: (e: Event) => void;
  onKeydown: (e: KeyboardEvent) => void;
  onClick: (e: MouseEvent) => void;
  onMousedown: (e: MouseEvent) => void;
  onContextMenu: (e: MouseEvent) => void;
}

/** The loading, error and empty panels, or the grid with a banner when some blocks failed. */
export function renderListBody(v: ListBodyView): TemplateResult {
  const l = v.l;
  return gridBody({
    l,
    rows: v.cache,
    principalError: v.principalError,
    retryPrincipal: v.onPrincipalRetry,
    noSource: !v.hasClient,
    total: v.total,
    retry: v.onRetry,
    empty: l.t('resources.empty'),
    noMatch: v.unfiltered
      ? undefined
      : { text: l.t('resources.noMatch'), showAll: l.t('resources.showAll'), onShowAll: v.onShowAll },
    loadError: l.t('resources.loadError'),
    grid: (total) => renderGrid(v, total),
  });
}

function renderGrid(v: ListBodyView, total: number): TemplateResult {
  const l = v.l;
  return html`<div
    class="scroller"
    part="table"
    role="grid"
    aria-label=${l.t('resources.label')}
    aria-rowcount=${v.totalExact ? total + 1 : -1}
    aria-colcount=${COLUMNS.length + (v.writable ? 1 : 0)}
    aria-multiselectable=${ifDefined(v.writable ? 'true' : undefined)}
    aria-busy=${v.cache?.loading ? 'true' : 'false'}
    @scroll=${v.onScroll}
    @keydown=${v.onKeydown}
  >
    <div class="header" role="rowgroup">${v.header()}</div>
    <div
      class="body"
      role="rowgroup"
      @click=${v.onClick}
      @keydown=${v.onKeydown}
      @mousedown=${v.onMousedown}
      @contextmenu=${v.onContextMenu}
    >
      <div class="window">${v.rows()}</div>
    </div>
    <div class="probe" aria-hidden="true"></div>
  </div>`;
}
