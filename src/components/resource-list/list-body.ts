import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Resource } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';
import { canRetry, emptyState, errorState, errorText, loadingState } from '../../core/states.js';
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
  const cache = v.cache;
  const total = v.total;
  if (!cache) {
    if (v.principalError) return errorState(l, v.principalError, v.onPrincipalRetry);
    if (!v.hasClient)
      return html`<div class="state error" role="alert" part="error">${l.t('error.noClient')}</div>`;
    return loadingState(l);
  }
  if (cache.error !== undefined && total === undefined)
    return errorState(l, cache.error, canRetry(cache.error) ? v.onRetry : undefined);
  if (total === undefined) return loadingState(l);
  if (total === 0)
    return v.unfiltered
      ? emptyState(l.t('resources.empty'))
      : emptyState(
          l.t('resources.noMatch'),
          html`<button class="btn" type="button" @click=${v.onShowAll}>${l.t('resources.showAll')}</button>`,
        );
  return html`${
      cache.error !== undefined
        ? html`<div class="banner error" role="alert">
            ${l.t('resources.loadError')} ${errorText(l, cache.error)}
            <button class="btn" type="button" @click=${v.onRetry}>${l.t('common.retry')}</button>
          </div>`
        : nothing
    }
    <div
      class="scroller"
      part="table"
      role="grid"
      aria-label=${l.t('resources.label')}
      aria-rowcount=${v.totalExact ? total + 1 : -1}
      aria-colcount=${COLUMNS.length + (v.writable ? 1 : 0)}
      aria-multiselectable=${ifDefined(v.writable ? 'true' : undefined)}
      aria-busy=${cache.loading ? 'true' : 'false'}
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
