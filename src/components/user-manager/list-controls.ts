import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../core/localize.js';
import type { ListQueryController } from './list-query.js';

export interface ToolbarView {
  l: Localizer;
  list: ListQueryController;
  /** False for normal users: no "new user" button. */
  writable: boolean;
  onCreate(e: Event): void;
}

/** Search, role and status filters, and the "new user" button. */
export function renderToolbar(v: ToolbarView): TemplateResult {
  const { l, list } = v;
  const { role, status } = list.query;
  return html`<div class="toolbar" part="toolbar">
    <div class="search">
      <label class="visually-hidden" for="search">${l.t('users.search.label')}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        placeholder=${l.t('users.search.placeholder')}
        .value=${list.searchText}
        @input=${list.onSearchInput}
        @keydown=${list.onSearchKeydown}
      />
    </div>
    <label class="filter">
      <span>${l.t('users.filter.role')}</span>
      <select part="filter" name="role" @change=${list.onFilter}>
        <option value="" ?selected=${!role}>${l.t('users.filter.anyRole')}</option>
        ${(['admin', 'user'] as const).map(
          (r) => html`<option value=${r} ?selected=${role === r}>${l.t(`users.role.${r}`)}</option>`,
        )}
      </select>
    </label>
    <label class="filter">
      <span>${l.t('users.filter.status')}</span>
      <select part="filter" name="status" @change=${list.onFilter}>
        <option value="" ?selected=${!status}>${l.t('users.filter.anyStatus')}</option>
        ${(['invited', 'active', 'disabled'] as const).map(
          (s) => html`<option value=${s} ?selected=${status === s}>${l.t(`users.status.${s}`)}</option>`,
        )}
      </select>
    </label>
    ${
      v.writable
        ? html`<button class="btn primary create" part="create" type="button" @click=${v.onCreate}>
            ${l.t('users.create')}
          </button>`
        : nothing
    }
  </div>`;
}

export interface PaginationView {
  l: Localizer;
  list: ListQueryController;
  offset: number;
  total: number;
  pageSize: number;
}

/** Previous/next page and the range shown; nothing when everything fits on one page. */
export function renderPagination(v: PaginationView): TemplateResult | typeof nothing {
  const { l, list, offset, total, pageSize } = v;
  if (total <= pageSize) return nothing;
  const to = Math.min(offset + pageSize, total);
  return html`<nav class="pagination" part="pagination" aria-label=${l.t('users.pagination')}>
    <button class="btn" type="button" ?disabled=${offset === 0} @click=${() => list.goTo(offset - pageSize)}>
      ${l.t('common.previousPage')}
    </button>
    <span>${l.t('common.rangeOfTotal', { from: offset + 1, to, total })}</span>
    <button class="btn" type="button" ?disabled=${to >= total} @click=${() => list.goTo(offset + pageSize)}>
      ${l.t('common.nextPage')}
    </button>
  </nav>`;
}
