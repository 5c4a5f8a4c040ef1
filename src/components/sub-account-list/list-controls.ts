import { html, nothing, type TemplateResult } from 'lit';
import type { ProductType } from '../../api/schemas/index.js';
import { rangeText, type Counted } from '../../core/count.js';
import type { Localizer } from '../../core/localize.js';
import { pagination } from '../../core/parts/pagination.js';
import { SORTS, type Filters } from './list-filters.js';

export interface ToolbarView {
  l: Localizer;
  filters: Filters;
  /** What is in the search field (applied after a pause, or on Enter). */
  searchText: string;
  types: readonly ProductType[];
  /** False for normal users: no "new customer" button. */
  writable: boolean;
  /** The root is known: new customers can be created under it. */
  canCreate: boolean;
  onSearchInput: (e: Event) => void;
  onSearchEnter: () => void;
  onFilter: (id: keyof Filters, value: string) => void;
  onCreate: (trigger: HTMLElement) => void;
}

/** Search, the status, product type, trial and internal filters, the order, and "new customer". */
export function renderToolbar(v: ToolbarView): TemplateResult {
  const { l, filters: f } = v;
  const select = (id: keyof Filters, label: string, options: [string, string][]) =>
    html`<div class="field filter">
      <label for="filter-${id}">${label}</label>
      <select
        id="filter-${id}"
        part="filter"
        @change=${(e: Event) => v.onFilter(id, (e.target as HTMLSelectElement).value)}
      >
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${String(f[id]) === value}>${text}</option>`)}
      </select>
    </div>`;
  return html`<div class="toolbar" part="toolbar">
    <div class="field search">
      <label for="search">${l.t('accounts.list.search')}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        placeholder=${l.t('accounts.list.searchPlaceholder')}
        .value=${v.searchText}
        @input=${v.onSearchInput}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && v.onSearchEnter()}
      />
    </div>
    ${select('status', l.t('accounts.list.status'), [
      ['', l.t('accounts.list.anyStatus')],
      ['active', l.t('accounts.badge.active')],
      ['suspended', l.t('accounts.badge.suspended')],
    ])}
    ${select('productTypeId', l.t('accounts.list.productType'), [
      ['', l.t('accounts.list.anyProductType')],
      ...v.types.map((t): [string, string] => [t.id, t.name]),
    ])}
    ${select('trial', l.t('accounts.list.trial'), [
      ['', l.t('accounts.list.anyTrial')],
      ['true', l.t('accounts.list.inTrial')],
      ['false', l.t('accounts.list.noTrial')],
    ])}
    ${select('internal', l.t('accounts.list.internal'), [
      ['', l.t('accounts.list.anyInternal')],
      ['true', l.t('accounts.list.onlyInternal')],
      ['false', l.t('accounts.list.onlyBilled')],
    ])}
    ${select(
      'sort',
      l.t('accounts.list.sort'),
      SORTS.map((s): [string, string] => [s, l.t(`accounts.list.sort.${s}`)]),
    )}
    ${
      v.writable
        ? html`<button
            class="btn primary create"
            part="create"
            type="button"
            ?disabled=${!v.canCreate}
            @click=${(e: Event) => v.onCreate(e.currentTarget as HTMLElement)}
          >
            ${l.t('accounts.list.create')}
          </button>`
        : nothing
    }
  </div>`;
}

export interface PaginationView {
  l: Localizer;
  counted: Counted;
  offset: number;
  /** Accounts on this page. */
  shown: number;
  pageSize: number;
  /** -1 for the previous page, 1 for the next. */
  onPage: (delta: number) => void;
}

/** Previous and next page with "1–25 of 80", when there is more than one page. */
export function renderPagination(v: PaginationView): TemplateResult | typeof nothing {
  const { l, offset, counted } = v;
  if (counted.total <= v.pageSize) return nothing;
  const to = Math.min(offset + v.shown, counted.total);
  return pagination({
    l,
    label: l.t('accounts.list.pagination'),
    between: html`<span>${rangeText(l, offset + 1, to, counted)}</span>`,
    first: offset === 0,
    last: to >= counted.total,
    onPrevious: () => v.onPage(-1),
    onNext: () => v.onPage(1),
  });
}
