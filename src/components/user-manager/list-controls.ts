import { html, nothing, type TemplateResult } from 'lit';
import { rangeText } from '../../core/count.js';
import type { Localizer } from '../../core/localize.js';
import { pagination } from '../../core/parts/pagination.js';
import type { ListQueryController } from './list-query.js';

export interface ToolbarView {
  l: Localizer;
  list: ListQueryController;
  /** False for normal users: no "new user" button. */
  writable: boolean;
  onCreate(e: Event): void;
}

/** Search, role and status filters, and the "new user" button: the shared toolbar, labels visible. */
export function renderToolbar(v: ToolbarView): TemplateResult {
  const { l, list } = v;
  const { role, status } = list.query;
  const placeholder = l.t('users.search.placeholder');
  return html`<div class="toolbar" part="toolbar">
    <div class="field search">
      <label for="search">${l.t('users.search.label')}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        placeholder=${placeholder}
        title=${placeholder}
        .value=${list.searchText}
        @input=${list.onSearchInput}
        @keydown=${list.onSearchKeydown}
      />
    </div>
    <div class="field filter">
      <label for="filter-role">${l.t('users.filter.role')}</label>
      <select id="filter-role" part="filter" name="role" @change=${list.onFilter}>
        <option value="" ?selected=${!role}>${l.t('users.filter.anyRole')}</option>
        ${(['admin', 'user'] as const).map(
          (r) => html`<option value=${r} ?selected=${role === r}>${l.t(`users.role.${r}`)}</option>`,
        )}
      </select>
    </div>
    <div class="field filter">
      <label for="filter-status">${l.t('users.filter.status')}</label>
      <select id="filter-status" part="filter" name="status" @change=${list.onFilter}>
        <option value="" ?selected=${!status}>${l.t('users.filter.anyStatus')}</option>
        ${(['invited', 'active', 'disabled'] as const).map(
          (s) => html`<option value=${s} ?selected=${status === s}>${l.t(`users.status.${s}`)}</option>`,
        )}
      </select>
    </div>
    ${
      v.writable
        ? html`<button class="btn primary create" part="create" type="button" @click=${v.onCreate}>
            ${l.t('users.create')}
          </button>`
        : nothing
    }
  </div>`;
}

/** The page sizes offered, besides the element's own `page-size`. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface PaginationView {
  l: Localizer;
  list: ListQueryController;
  offset: number;
  total: number;
  /** false: more than `total` users match (the server counted only that far). */
  totalExact?: boolean;
  pageSize: number;
}

/**
 * Previous/next page, a page jump, the range shown and the page size; nothing when every user
 * fits on the smallest page.
 */
export function renderPagination(v: PaginationView): TemplateResult | typeof nothing {
  const { l, list, offset, total, pageSize } = v;
  const sizes = [...new Set([...PAGE_SIZES, pageSize])].sort((a, b) => a - b);
  if (total <= Math.min(...sizes)) return nothing;
  const to = Math.min(offset + pageSize, total);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.floor(offset / pageSize) + 1;
  const jump = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const wanted = Math.min(pages, Math.max(1, Math.round(Number(input.value)) || page));
    input.value = String(wanted);
    if (wanted !== page) list.goTo((wanted - 1) * pageSize);
  };
  return pagination({
    l,
    label: l.t('users.pagination'),
    before: html`<div class="field">
        <label for="page-size">${l.t('users.pageSize')}</label>
        <select
          id="page-size"
          part="page-size"
          @change=${(e: Event) => list.setLimit(Number((e.target as HTMLSelectElement).value))}
        >
          ${sizes.map((n) => html`<option value=${n} ?selected=${n === pageSize}>${l.number(n)}</option>`)}
        </select>
      </div>
      <span class="count">${rangeText(l, offset + 1, to, v)}</span>`,
    steps: pages > 1,
    first: offset === 0,
    last: to >= total,
    onPrevious: () => list.goTo(offset - pageSize),
    onNext: () => list.goTo(offset + pageSize),
    between: html`<span class="page-jump">
      <label class="visually-hidden" for="page-jump">${l.t('users.pageGo')}</label>
      <input
        id="page-jump"
        part="page-jump"
        type="number"
        inputmode="numeric"
        min="1"
        max=${pages}
        .value=${String(page)}
        @change=${jump}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && jump(e)}
      />
      <span>${l.t('users.pageTotal', { pages })}</span>
    </span>`,
  });
}
