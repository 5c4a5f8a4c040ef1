import { html, nothing, type TemplateResult } from 'lit';
import { countText } from '../../core/count.js';
import type { Localizer } from '../../core/localize.js';
import type { ResourceFilter } from './query.js';

export interface ToolbarView {
  l: Localizer;
  filter: ResourceFilter;
  /** What the search fields hold while typing (applied after a pause). */
  typed: { q: string; accountName: string };
  total: number | undefined;
  totalExact: boolean;
  onType: (field: 'q' | 'accountName', value: string) => void;
  onFilter: (next: ResourceFilter) => void;
}

/** Search, the account-name filter, status, "over alert level" and the count of matches. */
export function renderToolbar(v: ToolbarView): TemplateResult {
  const l = v.l;
  const f = v.filter;
  const total = v.total;
  return html`<div class="toolbar" part="toolbar" role="search">
    <div class="field search">
      <label for="q">${l.t('resources.filter.search')}</label>
      <input
        id="q"
        type="search"
        part="search"
        placeholder=${l.t('resources.filter.searchPlaceholder')}
        .value=${v.typed.q}
        @input=${(e: Event) => v.onType('q', (e.target as HTMLInputElement).value)}
      />
    </div>
    <div class="field account-filter">
      <label for="account-name">${l.t('resources.filter.accountName')}</label>
      <input
        id="account-name"
        type="search"
        part="account-filter"
        .value=${v.typed.accountName}
        @input=${(e: Event) => v.onType('accountName', (e.target as HTMLInputElement).value)}
      />
    </div>
    <div class="field">
      <label for="status">${l.t('resources.filter.status')}</label>
      <select
        id="status"
        @change=${(e: Event) =>
          v.onFilter({
            ...f,
            status: (e.target as HTMLSelectElement).value as ResourceFilter['status'],
          })}
      >
        ${(['all', 'active', 'suspended', 'inactive'] as const).map(
          (s) =>
            html`<option value=${s} ?selected=${f.status === s}>
              ${s === 'all' ? l.t('common.all') : l.t(`resources.status.${s}`)}
            </option>`,
        )}
      </select>
    </div>
    <label class="check-filter">
      <input
        type="checkbox"
        .checked=${f.overAlert}
        @change=${(e: Event) => v.onFilter({ ...f, overAlert: (e.target as HTMLInputElement).checked })}
      />
      ${l.t('resources.filter.overAlert')}
    </label>
    <span class="count end"
      >${total === undefined ? nothing : countText(l, 'resources.count', { total, totalExact: v.totalExact })}</span
    >
  </div>`;
}

export interface SelectionBarView {
  l: Localizer;
  total: number;
  totalExact: boolean;
  /** How many resources are selected, and the text that says so ("12 selected"). */
  count: number;
  countText: string;
  /** Every match is selected, none excepted: "select all" has nothing left to add. */
  allSelected: boolean;
  menuOpen: boolean;
  onActions: (e: MouseEvent) => void;
  onSelectAll: () => void;
  onClear: () => void;
}

/** The "Actions" button, the live count of selected resources, "select all" and "clear". */
export function renderSelectionBar(v: SelectionBarView): TemplateResult {
  const l = v.l;
  return html`<div class="selection-bar" part="selection-bar">
    <button
      class="btn primary"
      type="button"
      part="actions"
      aria-haspopup="menu"
      aria-expanded=${v.menuOpen ? 'true' : 'false'}
      ?disabled=${v.count === 0}
      @click=${v.onActions}
    >
      ${l.t('resources.actions')} <span aria-hidden="true">▾</span>
    </button>
    <span class="selected-count" role="status" aria-live="polite"
      >${v.count ? v.countText : l.t('resources.noneSelected')}</span
    >
    ${
      v.total > 0 && !v.allSelected
        ? html`<button class="btn" type="button" @click=${v.onSelectAll}>
            ${
              v.totalExact
                ? l.t('resources.selectAll', { count: v.total })
                : l.t('resources.selectAllMore', { total: v.total })
            }
          </button>`
        : nothing
    }
    ${
      v.count
        ? html`<button class="btn" type="button" @click=${v.onClear}>
            ${l.t('resources.clearSelection')}
          </button>`
        : nothing
    }
  </div>`;
}
