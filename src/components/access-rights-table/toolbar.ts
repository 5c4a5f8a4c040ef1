import { html, nothing, type TemplateResult } from 'lit';
import { countText } from '../../core/count.js';
import type { Localizer } from '../../core/localize.js';
import { isIsoDay, parseDay, showDay } from './day-input.js';
import { today } from './filters.js';
import type { AccessRightsFilter } from './types.js';

/** What the toolbar shows. */
export interface ToolbarView {
  filter: AccessRightsFilter;
  view: 'table' | 'timeline';
  /** Rights matching the filters; undefined while loading. */
  total: number | undefined;
  /** `false`: the server counted only to `total` ("more than N"). */
  totalExact: boolean;
  exporting: boolean;
  writable: boolean;
}

export interface ToolbarHandlers {
  /** Every keystroke in the search field (the element debounces). */
  onSearch: (q: string) => void;
  /** A change of status or day, merged into the filters in effect. */
  onFilter: (change: Partial<AccessRightsFilter>) => void;
  onToggleView: () => void;
  onExport: () => void;
  onCreate: (e: Event) => void;
}

/**
 * The shared toolbar: the filters (search, status, valid on, all periods), the timeline and export
 * buttons, and at the end the count and the create button.
 */
export function renderToolbar(l: Localizer, v: ToolbarView, on: ToolbarHandlers): TemplateResult {
  const f = v.filter;
  const total = v.total;
  return html`<div class="toolbar" part="toolbar">
    <div class="field search">
      <label for="q">${l.t('accessRights.filter.search')}</label>
      <input
        id="q"
        type="search"
        .value=${f.q}
        placeholder=${l.t('accessRights.filter.searchPlaceholder')}
        @input=${(e: Event) => on.onSearch((e.target as HTMLInputElement).value)}
      />
    </div>
    <div class="field">
      <label for="status">${l.t('accessRights.filter.status')}</label>
      <select
        id="status"
        .value=${f.status}
        @change=${(e: Event) =>
          on.onFilter({ status: (e.target as HTMLSelectElement).value as AccessRightsFilter['status'] })}
      >
        <option value="all" ?selected=${f.status === 'all'}>${l.t('common.all')}</option>
        <option value="active" ?selected=${f.status === 'active'}>
          ${l.t('accessRights.status.active')}
        </option>
        <option value="deactivated" ?selected=${f.status === 'deactivated'}>
          ${l.t('accessRights.status.deactivated')}
        </option>
      </select>
    </div>
    <div class="field">
      <label for="valid-on">${l.t('accessRights.filter.validOn')}</label>
      <input
        id="valid-on"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        class="day"
        .value=${f.validOn === 'all' ? '' : showDay(f.validOn, l.locale)}
        ?disabled=${f.validOn === 'all'}
        aria-describedby="valid-on-format"
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const value = parseDay(input.value, l.locale);
          // Text that is no day stays as typed, marked invalid; the filter keeps its day.
          input.setAttribute('aria-invalid', isIsoDay(value) || !value ? 'false' : 'true');
          if (isIsoDay(value)) on.onFilter({ validOn: value });
        }}
      />
      <span class="visually-hidden" id="valid-on-format"
        >${l.t('accessRights.form.dayFormat', { example: showDay('2026-12-31', l.locale) })}</span
      >
    </div>
    <label class="all-periods">
      <input
        type="checkbox"
        .checked=${f.validOn === 'all'}
        @change=${(e: Event) =>
          on.onFilter({ validOn: (e.target as HTMLInputElement).checked ? 'all' : today() })}
      />
      ${l.t('accessRights.filter.allPeriods')}
    </label>
    <button
      class="btn"
      part="timeline-toggle"
      aria-pressed=${v.view === 'timeline' ? 'true' : 'false'}
      @click=${on.onToggleView}
    >
      ${l.t('accessRights.view.timeline')}
    </button>
    <button class="btn" part="export" ?disabled=${!total || v.exporting} @click=${on.onExport}>
      ${l.t(v.exporting ? 'accessRights.exporting' : 'accessRights.export')}
    </button>
    <div class="end">
      <span class="count" role="status"
        >${total === undefined ? '' : countText(l, 'accessRights.count', { total, totalExact: v.totalExact })}</span
      >
      ${
        v.writable
          ? html`<button class="btn primary" part="create" @click=${on.onCreate}>
              ${l.t('accessRights.create')}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}
