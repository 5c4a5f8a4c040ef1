import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ProvisioningClient } from '../../api/client.js';
import { isProvisioningError } from '../../api/errors.js';
import type {
  Me,
  Resource,
  ResourceKind,
  ResourceMove,
  ResourceMoveResult,
  ResourceSelection,
} from '../../api/schemas/index.js';
import { countText } from '../../core/count.js';
import { DialogController, renderConfirmation, renderStaleNotice } from '../../core/dialog.js';
import { allowed, announce } from '../../core/events.js';
import type { TextKey } from '../../core/localize.js';
import { canWrite, principalTask } from '../../core/principal.js';
import { SEARCH_PAUSE_MS } from '../../core/search-pause.js';
import { unreadableRows } from '../../core/parts/unreadable-rows.js';
import { canRetry, emptyState, errorState, errorText, loadingState, problemText } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import resourceStrings from '../../locales/en/resources.js';
import { OVERSCAN, ScrollWindow } from '../access-rights-table/scroll-window.js';
import { BlockCache } from './block-cache.js';
import { capForm, capRequest, renderCapFields, switchMode, type CapForm } from './cap-form.js';
import type {
  TkResourceCapChangeDetail,
  TkResourceDetail,
  TkResourcesMoveDetail,
  TkResourcesMovedDetail,
} from './events.js';
import { menuKeyMove, renderMenu, type MenuAction, type MenuItem } from './menu.js';
import { filterAccounts, loadHierarchy, renderPicker, type PickerAccount } from './picker.js';
import {
  NO_FILTER,
  isUnfiltered,
  listQuery,
  nextSort,
  selectionQuery,
  type ResourceFilter,
  type ResourceSort,
  type ResourceSortField,
} from './query.js';
import { resourceListStyles } from './resource-list.styles.js';
import { Selection } from './selection.js';
import { usageCell } from './usage.js';

export type {
  TkResourceCapChangeDetail,
  TkResourceDetail,
  TkResourcesMoveDetail,
  TkResourcesMovedDetail,
} from './events.js';
export type { ResourceFilter, ResourceSort, ResourceSortField } from './query.js';

interface MoveDialog {
  kind: 'move';
  accounts?: PickerAccount[];
  loadError?: unknown;
  q: string;
  active: number;
  chosen?: string;
  /** The selection being moved, with the versions the user saw, fixed when the dialog opened. */
  body: Omit<ResourceMove, 'to'> & {
    ids?: string[];
    query?: ResourceSelection;
    except?: string[];
    versions?: Record<string, number>;
  };
  count: number;
  /** `false`: every match is moved and `count` is a lower bound (the server counted that far). */
  countExact: boolean;
  busy: boolean;
  error?: unknown;
  result?: ResourceMoveResult;
  toName?: string;
}
interface CapDialog {
  kind: 'cap';
  form: CapForm;
  busy: boolean;
  error?: unknown;
}
interface RemoveCapDialog {
  kind: 'remove-cap';
  resource: Resource;
  busy: boolean;
  error?: unknown;
}
interface RenameDialog {
  kind: 'rename';
  resource: Resource;
  label: string;
  busy: boolean;
  error?: unknown;
}
type DialogState = MoveDialog | CapDialog | RemoveCapDialog | RenameDialog;

interface MenuState {
  /** Viewport position of the menu's start corner. */
  x: number;
  y: number;
  active: number;
  /** Where focus goes back to when the menu closes without an action. */
  returnTo?: HTMLElement;
}

const STATUS_TONE = { active: 'success', suspended: 'danger', inactive: 'neutral' } as const;

/** `narrow`: also shown when the element is narrow (phones); the others fold away. */
const COLUMNS: { field?: ResourceSortField; key: TextKey; width: string; narrow?: boolean }[] = [
  { field: 'identifier', key: 'resources.column.identifier', width: 'minmax(11.5rem, 1.1fr)', narrow: true },
  { field: 'label', key: 'resources.column.label', width: 'minmax(8rem, 0.9fr)' },
  { field: 'kind', key: 'resources.column.kind', width: '6.5rem' },
  { field: 'accountName', key: 'resources.column.account', width: 'minmax(10rem, 1.2fr)' },
  { field: 'status', key: 'resources.column.status', width: '7rem' },
  { field: 'used', key: 'resources.column.usage', width: 'minmax(17rem, 1.5fr)', narrow: true },
];

/**
 * @summary Resources (SIM cards, domains, licences) of the account in scope and of every account
 * below it, with usage against caps; administrators move them between accounts and set caps.
 *
 * Rows come from the server a block at a time and only the visible ones are in the DOM, so
 * 50,000 resources scroll smoothly. Selection works like a file manager: click, Ctrl/Cmd-click,
 * Shift-click, Shift+arrows, Ctrl+A (every matching resource, across pages: a query plus
 * exceptions), Escape clears. The actions menu opens on right-click, the Menu key, Shift+F10 and
 * the visible "Actions" button: Move to… (an account picker over the scope's hierarchy), Set cap
 * (the alert starts at 80 % of the cap), Remove cap, Rename. Normal users get the list read-only.
 *
 * @csspart toolbar - Search and filters.
 * @csspart search - The identifier/label search field.
 * @csspart account-filter - The "account name" filter field.
 * @csspart selection-bar - The live count of selected resources and the selection buttons.
 * @csspart actions - The "Actions" button that opens the menu.
 * @csspart table - The scrolling grid.
 * @csspart header - The sticky header row.
 * @csspart row - One resource's row.
 * @csspart usage-bar - The usage bar (an SVG) with the alert level marked.
 * @csspart flag - "Over alert level" / "Over cap"; also `over-alert`, `over-cap`.
 * @csspart menu - The context menu.
 * @csspart menu-item - One menu item.
 * @csspart dialog - The move, cap, remove-cap and rename dialogs.
 * @csspart account-picker - The account list of the move dialog.
 * @csspart submit - A dialog's confirming button.
 * @csspart results - The per-resource results of a partly failed move.
 * @csspart loading - The loading panel.
 * @csspart empty - The empty and no-match panel.
 * @csspart error - Error panels.
 * @csspart retry - The retry button.
 *
 * @cssprop --tk-resource-list-height - Height of the scrolling list (28rem).
 * @cssprop --tk-resource-list-row-height - Height of a row (3.25rem).
 * @cssprop --tk-resource-list-bar-color - The usage bar below the alert level (the primary colour).
 * @cssprop --tk-resource-list-alert-color - The bar at or over the alert level (the warning colour).
 * @cssprop --tk-resource-list-over-cap-color - The bar at or over the cap (the danger colour).
 *
 * @cssstate loading - The first rows are loading.
 * @cssstate error - Rows could not be loaded.
 * @cssstate empty - No resources (or none matching).
 * @cssstate no-match - The filters match nothing.
 * @cssstate read-only - The principal may look but not change.
 * @cssstate selected - At least one resource is selected.
 *
 * @event tk-resources-move - `TkResourcesMoveDetail`; cancelable, before the move request.
 * @event tk-resources-moved - `TkResourcesMovedDetail`: the server's per-resource answer.
 * @event tk-resource-cap-change - `TkResourceCapChangeDetail`; cancelable, before a cap is set or removed.
 * @event tk-resource-cap-changed - `TkResourceDetail`: the resource with its new cap.
 * @event tk-resource-renamed - `TkResourceDetail`: the resource with its new label.
 */
export class TkResourceList extends TkElement {
  static override catalogs = { resources: resourceStrings };
  static override styles = [...TkElement.styles, resourceListStyles];

  /** The account whose resources are listed; defaults to the provider's, then the principal's. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Only resources of this kind (`sim`, `domain`, `licence`, `hosting`); every kind when unset. */
  @property({ reflect: true }) kind?: ResourceKind;

  /** `subtree` (default): the account's resources and those of every account below it; `account`: its own only. */
  @property({ reflect: true }) scope: 'subtree' | 'account' = 'subtree';

  /** The filters; set to start filtered. */
  @property({ attribute: false }) filter: ResourceFilter = NO_FILTER;

  /** The order; by identifier when unset. */
  @property({ attribute: false }) sort?: ResourceSort;

  @state() private selection = Selection.none;
  /** The row that holds focus in the grid (roving tabindex). */
  @state() private focusIndex = 0;
  @state() private menu?: MenuState;
  @state() private dialog?: DialogState;
  @state() private notice = '';
  /** What the filter fields hold while typing (applied after a pause). */
  @state() private typed = { q: '', accountName: '' };
  @state() private revision = 0;

  @query('.scroller') private scroller?: HTMLElement;
  @query('.body') private body?: HTMLElement;
  @query('.window') private window?: HTMLElement;
  @query('.probe') private probe?: HTMLElement;
  @query('dialog') private dialogEl?: HTMLDialogElement;
  @query('.menu') private menuEl?: HTMLElement;

  private readonly principal = principalTask(this, () => this.api);

  private readonly dialogs = new DialogController(this, {
    dialog: () => this.dialogEl,
    busy: () => !!this.dialog?.busy,
    fallbackFocus: () => this.focusableRow(),
    onClosed: () => {
      this.pickerAbort?.abort();
      this.dialog = undefined;
    },
  });

  private cache?: BlockCache<Resource>;
  /** The rows shown while a reload of the same list is on its way. */
  private previous?: BlockCache<Resource>;
  private cacheKey = '';
  /** The list's account and filters: a change there clears the selection. */
  private queryKey = '';
  private cacheApi?: ProvisioningClient;
  private readonly scrollWindow = new ScrollWindow();
  private readonly resizeObserver = new ResizeObserver(() => this.measure());
  private timers: Partial<Record<'q' | 'accountName', ReturnType<typeof setTimeout>>> = {};
  private pickerAbort?: AbortController;
  private lastFilter = NO_FILTER;

  /** Resolves once the principal, the visible rows and the render are settled. */
  async whenReady(): Promise<void> {
    await this.principal.taskComplete.catch(() => undefined);
    do {
      await this.updateComplete;
      await this.cache?.idle();
    } while (this.isUpdatePending || this.cache?.loading);
  }

  /** Loads the list again; the current rows stay until the new ones arrive. */
  refresh(): void {
    this.cacheKey = '';
    this.requestUpdate();
  }

  /** How many resources are selected. */
  get selectedCount(): number {
    return this.selection.count(this.total ?? 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.cache?.dispose();
    this.previous?.dispose();
    this.cache = this.previous = undefined;
    this.cacheKey = '';
    for (const t of Object.values(this.timers)) clearTimeout(t);
    this.pickerAbort?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  private get me(): Me | undefined {
    return this.principal.value;
  }

  private get writable(): boolean {
    return canWrite(this.me);
  }

  private get effectiveAccountId(): string | undefined {
    return this.accountId ?? this.provided?.accountId ?? this.me?.actingFor.id;
  }

  private get total(): number | undefined {
    return this.cache?.total ?? this.previous?.total;
  }

  /** `false` while the total is a lower bound (a bounded count, src/core/count.ts). */
  private get totalExact(): boolean {
    return (this.cache?.total !== undefined ? this.cache : this.previous)?.totalExact ?? true;
  }

  /** Whether the selected count is a lower bound: every match selected, not all of them counted. */
  private get selectedCountExact(): boolean {
    return this.totalExact || this.selection.mode !== 'all';
  }

  /** "12 selected", or "More than 480 selected" for a select-all past the count's bound. */
  private selectedText(count: number): string {
    return countText(this.i18n, 'resources.selected', { total: count, totalExact: this.selectedCountExact });
  }

  private rowAt(index: number): Resource | undefined {
    return this.cache?.get(index) ?? this.previous?.get(index);
  }

  private get currentSelectionQuery(): ResourceSelection {
    return selectionQuery(this.filter, this.kind, this.scope !== 'account');
  }

  private get principalSettled(): boolean {
    return this.principal.status === TaskStatus.COMPLETE || this.principal.status === TaskStatus.ERROR;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('filter') && this.filter !== this.lastFilter) {
      this.lastFilter = this.filter;
      this.typed = { q: this.filter.q, accountName: this.filter.accountName };
    }
    this.followQuery();
    this.scrollWindow.compute(this.total ?? 0);
    this.cache?.ensure(
      Math.max(0, this.scrollWindow.start - OVERSCAN * 4),
      this.scrollWindow.end + OVERSCAN * 4,
    );
    const total = this.total;
    const settled = this.principalSettled;
    const failed = this.cache ? this.cache.error !== undefined && total === undefined : settled;
    this.setState('error', failed);
    this.setState('loading', !failed && (total === undefined || !settled));
    this.setState('empty', settled && total === 0);
    this.setState('no-match', settled && total === 0 && !isUnfiltered(this.filter));
    this.setState('read-only', settled && !!this.me && !this.writable);
    this.setState('selected', !this.selection.empty && this.selectedCount > 0);
  }

  /** Starts a new query when the client, account, filters, kind, scope or sort changed. */
  private followQuery(): void {
    const api = this.api;
    const accountId = this.effectiveAccountId;
    if (!api || !accountId || !this.principalSettled) {
      if (!api) this.disposeCaches();
      return;
    }
    const selection = this.currentSelectionQuery;
    const key = JSON.stringify([accountId, selection, this.sort]);
    if (key === this.cacheKey && api === this.cacheApi) return;
    const sameList = api === this.cacheApi && this.cache?.total !== undefined;
    const queryKey = JSON.stringify([accountId, selection]);
    const queryChanged = queryKey !== this.queryKey;
    this.queryKey = queryKey;
    this.previous?.dispose();
    this.previous = sameList ? this.cache : undefined;
    if (!sameList) this.cache?.dispose();
    this.cacheKey = key;
    this.cacheApi = api;
    const sort = this.sort;
    this.cache = new BlockCache<Resource>(
      (offset, limit, signal) =>
        api.listResources(accountId, listQuery(selection, sort, offset, limit), { signal }),
      () => {
        if (this.cache?.total !== undefined && this.previous) {
          this.previous.dispose();
          this.previous = undefined;
        }
        this.revision++;
      },
    );
    if (queryChanged && !this.selection.empty) this.selection = Selection.none;
    if (!sameList || queryChanged) {
      this.scrollWindow.reset(this.scroller);
      this.focusIndex = 0;
    }
  }

  private disposeCaches(): void {
    this.cache?.dispose();
    this.previous?.dispose();
    this.cache = this.previous = undefined;
    this.cacheKey = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.scroller) {
      this.resizeObserver.observe(this.scroller);
      if (this.probe) this.resizeObserver.observe(this.probe);
      const header = this.renderRoot.querySelector('.header');
      if (header) this.resizeObserver.observe(header);
      this.applyGeometry();
    }
    if (this.menu && this.menuEl) this.placeMenu();
  }

  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const header = this.renderRoot.querySelector<HTMLElement>('.header');
    if (this.scrollWindow.measure(scroller, this.probe, header, new Set())) this.requestUpdate();
  }

  /** Geometry through CSSOM custom properties, which a strict CSP allows (no style attributes). */
  private applyGeometry(): void {
    const set = (el: HTMLElement | undefined, name: string, value: string) => {
      if (el && el.style.getPropertyValue(name) !== value) el.style.setProperty(name, value);
    };
    const g = this.scrollWindow.geometry;
    set(this.body, '--_total', `${g.totalHeight(this.total ?? 0)}px`);
    set(this.window, '--_offset', `${g.offsetOf(this.scrollWindow.start)}px`);
    const check = this.writable ? ['2.75rem'] : [];
    set(this.scroller, '--_columns', [...check, ...COLUMNS.map((c) => c.width)].join(' '));
    set(this.scroller, '--_columns-narrow', [...check, 'minmax(0, 1fr)', '9.5rem'].join(' '));
  }

  private onScroll = (e: Event): void => {
    if (this.scrollWindow.scrolled((e.target as HTMLElement).scrollTop, this.total ?? 0))
      this.requestUpdate();
  };

  // ——— rendering ———

  protected override render(): TemplateResult {
    const l = this.i18n;
    return html`${this.renderToolbar()} ${this.renderSelectionBar()}
      ${unreadableRows(l, this.cache?.unreadable)} ${this.renderBody()}
      ${
        this.menu
          ? renderMenu({
              l,
              items: this.menuItems(),
              active: this.menu.active,
              onActivate: this.onMenuActivate,
              onKeydown: this.onMenuKeydown,
            })
          : nothing
      }
      <dialog
        part="dialog"
        aria-labelledby="dialog-title"
        @keydown=${this.dialogs.onKeydown}
        @cancel=${this.dialogs.onCancel}
        @close=${this.dialogs.onClose}
      >
        ${this.dialog ? this.renderDialog(this.dialog) : nothing}
      </dialog>
      <div class="visually-hidden" role="status" aria-live="polite">${this.notice}</div>`;
  }

  private renderToolbar(): TemplateResult {
    const l = this.i18n;
    const f = this.filter;
    const total = this.total;
    return html`<div class="toolbar" part="toolbar" role="search">
      <div class="field search">
        <label for="q">${l.t('resources.filter.search')}</label>
        <input
          id="q"
          type="search"
          part="search"
          placeholder=${l.t('resources.filter.searchPlaceholder')}
          .value=${this.typed.q}
          @input=${(e: Event) => this.onType('q', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field account-filter">
        <label for="account-name">${l.t('resources.filter.accountName')}</label>
        <input
          id="account-name"
          type="search"
          part="account-filter"
          .value=${this.typed.accountName}
          @input=${(e: Event) => this.onType('accountName', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="status">${l.t('resources.filter.status')}</label>
        <select
          id="status"
          @change=${(e: Event) =>
            this.changeFilter({
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
          @change=${(e: Event) => this.changeFilter({ ...f, overAlert: (e.target as HTMLInputElement).checked })}
        />
        ${l.t('resources.filter.overAlert')}
      </label>
      <span class="count end"
        >${
          total === undefined
            ? nothing
            : countText(l, 'resources.count', { total, totalExact: this.totalExact })
        }</span
      >
    </div>`;
  }

  private renderSelectionBar(): TemplateResult | typeof nothing {
    const l = this.i18n;
    if (!this.principalSettled || !this.me) return nothing;
    if (!this.writable) return html`<p class="hint read-only-note">${l.t('resources.readOnly')}</p>`;
    const total = this.total ?? 0;
    const count = this.selection.count(total);
    const allSelected = this.selection.mode === 'all' && this.selection.ids.size === 0;
    return html`<div class="selection-bar" part="selection-bar">
      <button
        class="btn primary"
        type="button"
        part="actions"
        aria-haspopup="menu"
        aria-expanded=${this.menu ? 'true' : 'false'}
        ?disabled=${count === 0}
        @click=${this.onActionsButton}
      >
        ${l.t('resources.actions')} <span aria-hidden="true">▾</span>
      </button>
      <span class="selected-count" role="status" aria-live="polite"
        >${count ? this.selectedText(count) : l.t('resources.noneSelected')}</span
      >
      ${
        total > 0 && !allSelected
          ? html`<button class="btn" type="button" @click=${this.selectAll}>
              ${
                this.totalExact
                  ? l.t('resources.selectAll', { count: total })
                  : l.t('resources.selectAllMore', { total })
              }
            </button>`
          : nothing
      }
      ${
        count
          ? html`<button class="btn" type="button" @click=${this.clearSelection}>
              ${l.t('resources.clearSelection')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderBody(): TemplateResult {
    const l = this.i18n;
    const cache = this.cache;
    const total = this.total;
    if (!cache) {
      if (this.principal.error) return errorState(l, this.principal.error, () => this.principal.run());
      if (!this.api)
        return html`<div class="state error" role="alert" part="error">${l.t('error.noClient')}</div>`;
      return loadingState(l);
    }
    if (cache.error !== undefined && total === undefined)
      return errorState(l, cache.error, this.retryFor(cache.error));
    if (total === undefined) return loadingState(l);
    if (total === 0)
      return isUnfiltered(this.filter)
        ? emptyState(l.t('resources.empty'))
        : emptyState(
            l.t('resources.noMatch'),
            html`<button class="btn" type="button" @click=${() => this.changeFilter(NO_FILTER)}>
              ${l.t('resources.showAll')}
            </button>`,
          );
    const writable = this.writable;
    return html`${
        cache.error !== undefined
          ? html`<div class="banner error" role="alert">
              ${l.t('resources.loadError')} ${errorText(l, cache.error)}
              <button
                class="btn"
                type="button"
                @click=${() => cache.retry(this.scrollWindow.start, this.scrollWindow.end)}
              >
                ${l.t('common.retry')}
              </button>
            </div>`
          : nothing
      }
      <div
        class="scroller"
        part="table"
        role="grid"
        aria-label=${l.t('resources.label')}
        aria-rowcount=${this.totalExact ? total + 1 : -1}
        aria-colcount=${COLUMNS.length + (writable ? 1 : 0)}
        aria-multiselectable=${ifDefined(writable ? 'true' : undefined)}
        aria-busy=${cache.loading ? 'true' : 'false'}
        @scroll=${this.onScroll}
        @keydown=${this.onGridKeydown}
      >
        <div class="header" role="rowgroup">${this.renderHeader(writable)}</div>
        <div
          class="body"
          role="rowgroup"
          @click=${this.onBodyClick}
          @keydown=${this.onGridKeydown}
          @mousedown=${this.onBodyMousedown}
          @contextmenu=${this.onContextMenu}
        >
          <div class="window">${this.renderRows(writable)}</div>
        </div>
        <div class="probe" aria-hidden="true"></div>
      </div>`;
  }

  private retryFor(error: unknown): (() => void) | undefined {
    if (!canRetry(error)) return undefined;
    return () => this.cache?.retry(this.scrollWindow.start, this.scrollWindow.end);
  }

  private renderHeader(writable: boolean): TemplateResult {
    const l = this.i18n;
    return html`<div class="row" role="row" part="header" aria-rowindex="1">
      ${
        writable
          ? html`<div class="cell check" role="columnheader">
              <span class="visually-hidden">${l.t('resources.column.selected')}</span>
            </div>`
          : nothing
      }
      ${COLUMNS.map((col) => {
        const sorted =
          (this.sort ?? { field: 'identifier', direction: 'asc' }).field === col.field
            ? (this.sort?.direction ?? 'asc')
            : undefined;
        return html`<div
          class="cell${col.narrow ? '' : ' wide-only'}"
          role="columnheader"
          aria-sort=${ifDefined(sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined)}
        >
          <button class="sort" type="button" @click=${() => this.toggleSort(col.field!)}>
            <span class="text">${l.t(col.key)}</span
            ><span class="sort-icon" aria-hidden="true"
              >${sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span
            >
          </button>
        </div>`;
      })}
    </div>`;
  }

  private renderRows(writable: boolean): TemplateResult[] {
    const rows: TemplateResult[] = [];
    for (let i = this.scrollWindow.start; i <= this.scrollWindow.end; i++)
      rows.push(this.renderRow(i, writable));
    return rows;
  }

  private renderRow(index: number, writable: boolean): TemplateResult {
    const l = this.i18n;
    const r = this.rowAt(index);
    const odd = index % 2 === 1 ? ' odd' : '';
    const tabindex = index === this.focusIndex ? 0 : -1;
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
    const selected = writable && this.selection.has(r.id);
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

  // ——— filters and sort ———

  private onType(field: 'q' | 'accountName', value: string): void {
    this.typed = { ...this.typed, [field]: value };
    clearTimeout(this.timers[field]);
    this.timers[field] = setTimeout(
      () => this.changeFilter({ ...this.filter, [field]: value }),
      SEARCH_PAUSE_MS,
    );
  }

  private changeFilter(next: ResourceFilter): void {
    this.lastFilter = next;
    this.filter = next;
    this.typed = { q: next.q, accountName: next.accountName };
  }

  private toggleSort(field: ResourceSortField): void {
    this.sort = nextSort(this.sort ?? { field: 'identifier', direction: 'asc' }, field);
  }

  // ——— selection ———

  private onBodyMousedown = (e: MouseEvent): void => {
    // Shift-click selects a range; it must not select text as well.
    if (e.shiftKey) e.preventDefault();
  };

  private indexOf(e: Event): number | undefined {
    const row = (e.composedPath()[0] as Element).closest?.('[data-index]');
    return row ? Number(row.getAttribute('data-index')) : undefined;
  }

  private onBodyClick = (e: MouseEvent): void => {
    const index = this.indexOf(e);
    if (index === undefined) return;
    const r = this.rowAt(index);
    if (!r) return;
    const onCheckbox = (e.composedPath()[0] as Element).matches('[data-check]');
    if (!onCheckbox) void this.focusRow(index);
    else this.focusIndex = index;
    if (!this.writable) return;
    if (onCheckbox || ((e.ctrlKey || e.metaKey) && !e.shiftKey))
      this.selection = this.selection.toggle(r.id, index);
    else if (e.shiftKey) void this.selectRange(index, e.ctrlKey || e.metaKey);
    else this.selection = this.selection.only(r.id, index);
  };

  /** Selects the rows from the anchor to `index` (loading any rows in between first). */
  private async selectRange(index: number, additive: boolean): Promise<void> {
    const anchor = this.selection.anchor ?? this.focusIndex;
    const from = Math.min(anchor, index);
    const to = Math.max(anchor, index);
    const rows = await this.cache?.rows(from, to);
    if (!rows) return;
    this.selection = this.selection.withAnchor(anchor).range(
      rows.map((r) => r.id),
      additive,
    );
  }

  private selectAll = (): void => {
    this.selection = Selection.all();
    this.notice = this.selectedText(this.total ?? 0);
  };

  private clearSelection = (): void => {
    this.selection = Selection.none;
  };

  // ——— keyboard ———

  private onGridKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented) return;
    const target = e.composedPath()[0] as Element;
    if (target.closest?.('.header')) return;
    const total = this.total ?? 0;
    if (!total) return;
    const mod = e.ctrlKey || e.metaKey;
    const current = this.focusIndex;
    if ((e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) && this.writable) {
      e.preventDefault();
      this.openMenuFromRow();
      return;
    }
    if (mod && e.key.toLowerCase() === 'a' && this.writable) {
      e.preventDefault();
      this.selectAll();
      return;
    }
    if (e.key === 'Escape' && this.writable && !this.selection.empty) {
      e.preventDefault();
      this.selection = Selection.none;
      return;
    }
    if (e.key === ' ' && this.writable) {
      e.preventDefault();
      const r = this.rowAt(current);
      if (r) this.selection = this.selection.toggle(r.id, current);
      return;
    }
    const page = this.scrollWindow.page;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: total - 1,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(total - 1, moves[e.key]!));
    void this.moveFocus(current, next, e.shiftKey, mod);
  };

  /** Arrow keys: focus moves; plain moves select the row, Shift extends, Ctrl only moves focus. */
  private async moveFocus(from: number, to: number, extend: boolean, focusOnly: boolean): Promise<void> {
    await this.focusRow(to);
    if (!this.writable || focusOnly) return;
    if (extend) {
      if (this.selection.anchor === undefined) this.selection = this.selection.withAnchor(from);
      await this.selectRange(to, false);
      return;
    }
    const r = this.rowAt(to) ?? (await this.cache?.rows(to, to))?.[0];
    if (r) this.selection = this.selection.only(r.id, to);
  }

  private async focusRow(index: number): Promise<void> {
    this.focusIndex = index;
    const scroller = this.scroller;
    if (scroller && this.scrollWindow.scrollIntoView(scroller, index)) this.requestUpdate();
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`.body [data-index="${index}"]`)
      ?.focus({ preventScroll: true });
  }

  private focusableRow(): HTMLElement | null {
    return (
      this.renderRoot.querySelector<HTMLElement>('.body [tabindex="0"]') ??
      this.renderRoot.querySelector<HTMLElement>('#q')
    );
  }

  // ——— menu ———

  private selectedRows(): Resource[] {
    const out: Resource[] = [];
    const total = this.total ?? 0;
    for (let i = 0; i < total && out.length < 2; i++) {
      const r = this.rowAt(i);
      if (r && this.selection.has(r.id)) out.push(r);
      if (this.selection.mode === 'some' && out.length >= this.selection.ids.size) break;
    }
    return out;
  }

  /** The one selected resource, when exactly one is: caps and labels change one at a time. */
  private single(): Resource | undefined {
    if (this.selection.count(this.total ?? 0) !== 1) return undefined;
    return this.selectedRows()[0];
  }

  private menuItems(): MenuItem[] {
    const l = this.i18n;
    const one = this.single();
    return [
      { action: 'move', label: l.t('resources.menu.move'), disabled: this.selectedCount === 0 },
      {
        action: 'setCap',
        label: one?.cap ? l.t('resources.menu.changeCap') : l.t('resources.menu.setCap'),
        disabled: !one?.usage,
      },
      { action: 'removeCap', label: l.t('resources.menu.removeCap'), disabled: !one?.cap },
      { action: 'rename', label: l.t('resources.menu.rename'), disabled: !one },
    ];
  }

  private onActionsButton = (e: MouseEvent): void => {
    const button = e.currentTarget as HTMLElement;
    if (this.menu) return this.closeMenu(true);
    const rect = button.getBoundingClientRect();
    this.openMenu(this.startX(rect), rect.bottom + 4, button);
  };

  private onContextMenu = (e: MouseEvent): void => {
    if (!this.writable) return;
    const index = this.indexOf(e);
    const r = index === undefined ? undefined : this.rowAt(index);
    if (!r || index === undefined) return;
    e.preventDefault();
    if (!this.selection.has(r.id)) this.selection = this.selection.only(r.id, index);
    this.focusIndex = index;
    const row = this.renderRoot.querySelector<HTMLElement>(`.body [data-index="${index}"]`) ?? undefined;
    this.openMenu(this.rtl ? window.innerWidth - e.clientX : e.clientX, e.clientY, row);
  };

  private get rtl(): boolean {
    return this.matches(':dir(rtl)');
  }

  /** The inline-start coordinate of a rectangle, measured from the viewport's start edge. */
  private startX(rect: DOMRect): number {
    return this.rtl ? window.innerWidth - rect.right : rect.left;
  }

  private openMenuFromRow(): void {
    const index = this.focusIndex;
    const r = this.rowAt(index);
    // The menu acts on the selection; with nothing selected, on the focused row.
    if (r && this.selectedCount === 0) this.selection = this.selection.only(r.id, index);
    const row = this.renderRoot.querySelector<HTMLElement>(`.body [data-index="${index}"]`);
    const rect = row?.getBoundingClientRect();
    this.openMenu(rect ? this.startX(rect) + 32 : 32, rect ? rect.bottom : 32, row ?? undefined);
  }

  private async openMenu(x: number, y: number, returnTo?: HTMLElement): Promise<void> {
    this.menu = { x, y, active: 0, returnTo };
    await this.updateComplete;
    this.focusMenuItem(0);
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  private focusMenuItem(index: number): void {
    this.menuEl?.querySelectorAll<HTMLElement>('[role=menuitem]')[index]?.focus();
  }

  /** Keeps the menu inside the viewport. */
  private placeMenu(): void {
    const m = this.menu;
    const el = this.menuEl;
    if (!m || !el) return;
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const x = Math.max(4, Math.min(m.x, window.innerWidth - width - 4));
    const y = Math.max(4, Math.min(m.y, window.innerHeight - height - 4));
    el.style.setProperty('--_menu-x', `${x}px`);
    el.style.setProperty('--_menu-y', `${y}px`);
  }

  private onOutsidePointer = (e: PointerEvent): void => {
    if (this.menuEl && e.composedPath().includes(this.menuEl)) return;
    this.closeMenu(false);
  };

  private closeMenu(returnFocus: boolean): void {
    const target = this.menu?.returnTo;
    this.menu = undefined;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    if (returnFocus) (target?.isConnected ? target : this.focusableRow())?.focus();
  }

  private onMenuKeydown = (e: KeyboardEvent): void => {
    const m = this.menu;
    if (!m) return;
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      return this.closeMenu(true);
    }
    if (e.key === 'Tab') return this.closeMenu(false);
    const next = menuKeyMove(e.key, m.active, this.menuItems().length);
    if (next === undefined) return;
    e.preventDefault();
    this.menu = { ...m, active: next };
    this.focusMenuItem(next);
  };

  private onMenuActivate = (action: MenuAction): void => {
    const trigger = this.menu?.returnTo;
    this.closeMenu(false);
    const one = this.single();
    if (action === 'move') void this.openMove(trigger);
    else if (one && action === 'setCap')
      this.openDialog({ kind: 'cap', form: capForm(one), busy: false }, trigger);
    else if (one && action === 'removeCap')
      this.openDialog({ kind: 'remove-cap', resource: one, busy: false }, trigger);
    else if (one && action === 'rename')
      this.openDialog({ kind: 'rename', resource: one, label: one.label, busy: false }, trigger);
  };

  // ——— dialogs ———

  private openDialog(d: DialogState, trigger?: HTMLElement): void {
    this.dialog = d;
    void this.dialogs.open(trigger ?? this.focusableRow());
  }

  private async openMove(trigger?: HTMLElement): Promise<void> {
    const total = this.total ?? 0;
    const s = this.selection;
    const versions = this.seenVersions(s);
    const body = {
      ...(s.mode === 'some'
        ? { ids: [...s.ids] }
        : { query: this.currentSelectionQuery, ...(s.ids.size ? { except: [...s.ids] } : {}) }),
      ...(Object.keys(versions).length ? { versions } : {}),
    };
    this.openDialog(
      {
        kind: 'move',
        q: '',
        active: 0,
        body,
        count: s.count(total),
        countExact: this.selectedCountExact,
        busy: false,
      },
      trigger,
    );
    await this.loadPicker();
  }

  /**
   * The version of each selected row the element has loaded: one changed since by someone else
   * fails as `changed` and stays, instead of being moved unseen. After "select all" the rows of
   * pages never loaded were never seen, so there is no version to hold them to: they go without
   * and move as the query matches them. The current query's rows win over the previous one's.
   */
  private seenVersions(s: Selection): Record<string, number> {
    const versions: Record<string, number> = {};
    for (const cache of [this.previous, this.cache])
      for (const r of cache?.loaded() ?? []) if (s.has(r.id)) versions[r.id] = r.version;
    return versions;
  }

  private async loadPicker(): Promise<void> {
    const api = this.api;
    const root = this.me?.actingFor;
    if (!api || !root) return;
    this.pickerAbort?.abort();
    const abort = (this.pickerAbort = new AbortController());
    this.patchMove({ loadError: undefined });
    try {
      const accounts = await loadHierarchy(api, root, abort.signal);
      if (!abort.signal.aborted) this.patchMove({ accounts });
    } catch (error) {
      if (!abort.signal.aborted) this.patchMove({ loadError: error });
    }
  }

  private patchMove(patch: Partial<MoveDialog>): void {
    if (this.dialog?.kind === 'move') this.dialog = { ...this.dialog, ...patch };
  }

  private shownAccounts(d: MoveDialog): PickerAccount[] {
    return d.accounts ? filterAccounts(d.accounts, d.q) : [];
  }

  private onPickerKeydown = (e: KeyboardEvent): void => {
    const d = this.dialog;
    if (d?.kind !== 'move') return;
    const shown = this.shownAccounts(d);
    if (!shown.length) return;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(shown.length - 1, d.active + 1),
      ArrowUp: Math.max(0, d.active - 1),
      Home: 0,
      End: shown.length - 1,
    };
    if (e.key in moves && !(e.target instanceof HTMLInputElement && (e.key === 'Home' || e.key === 'End'))) {
      e.preventDefault();
      this.patchMove({ active: moves[e.key]! });
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector('.option.active')?.scrollIntoView?.({ block: 'nearest' }),
      );
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const a = shown[d.active];
      if (a) this.patchMove({ chosen: a.id });
    }
  };

  private renderDialog(d: DialogState): TemplateResult {
    const l = this.i18n;
    if (d.kind === 'move') return this.renderMoveDialog(d);
    if (d.kind === 'remove-cap')
      return html`${renderConfirmation({
        l,
        titleId: 'dialog-title',
        title: l.t('resources.removeCap.title', { identifier: d.resource.identifier }),
        body: l.t('resources.removeCap.body'),
        confirmLabel: l.t('resources.menu.removeCap'),
        tone: 'danger',
        busy: d.busy,
        onConfirm: () => void this.saveCap(d.resource, null),
        onCancel: () => this.dialogs.requestClose(),
      })}
      ${d.error ? html`<div class="banner error" role="alert">${problemText(l, d.error)}</div>` : nothing}`;
    const resource = d.kind === 'cap' ? d.form.resource : d.resource;
    const title =
      d.kind === 'cap'
        ? l.t(resource.cap ? 'resources.cap.titleChange' : 'resources.cap.title', {
            identifier: resource.identifier,
          })
        : l.t('resources.rename.title', { identifier: resource.identifier });
    return html`<form novalidate @submit=${this.onSubmit}>
      <h2 id="dialog-title">${title}</h2>
      ${
        d.kind === 'cap'
          ? renderCapFields({
              l,
              form: d.form,
              onInput: (field, value) => {
                if (this.dialog?.kind !== 'cap') return;
                const form = { ...this.dialog.form, [field]: value, errors: {} };
                if (field === 'alert') form.alertTouched = true;
                this.dialog = { ...this.dialog, form };
              },
              onMode: (mode) => {
                if (this.dialog?.kind === 'cap')
                  this.dialog = {
                    ...this.dialog,
                    form: { ...switchMode(this.dialog.form, mode), alertTouched: true },
                  };
              },
            })
          : html`<div class="field">
              <label for="label">${l.t('resources.rename.label')}</label>
              <input
                id="label"
                maxlength="200"
                .value=${d.label}
                @input=${(e: Event) => {
                  if (this.dialog?.kind === 'rename')
                    this.dialog = { ...this.dialog, label: (e.target as HTMLInputElement).value };
                }}
              />
              <span class="hint">${l.t('resources.rename.hint')}</span>
            </div>`
      }
      <div class="dialog-footer">
        ${this.dialogError(d)} ${this.dialogs.renderDiscardPrompt(l)}
        <div class="dialog-actions">
          <button class="btn" type="button" @click=${() => this.dialogs.requestClose()}>
            ${l.t('common.cancel')}
          </button>
          <button class="btn primary" type="submit" part="submit" ?disabled=${d.busy}>
            ${d.busy ? l.t('common.saving') : l.t('common.save')}
          </button>
        </div>
      </div>
    </form>`;
  }

  private dialogError(d: CapDialog | RenameDialog): TemplateResult | typeof nothing {
    const l = this.i18n;
    if (d.error === undefined) return nothing;
    if (isProvisioningError(d.error) && d.error.kind === 'precondition-failed')
      return renderStaleNotice({ l, busy: d.busy, onReload: () => void this.reloadResource() });
    return html`<div class="banner error" role="alert" tabindex="-1" data-notice>
      ${problemText(l, d.error)}
    </div>`;
  }

  private renderMoveDialog(d: MoveDialog): TemplateResult {
    const l = this.i18n;
    if (d.result) return this.renderMoveResult(d, d.result);
    const shown = this.shownAccounts(d);
    const chosen = d.accounts?.find((a) => a.id === d.chosen);
    const count = { count: d.count };
    const total = { total: d.count };
    return html`<h2 id="dialog-title">
        ${d.countExact ? l.t('resources.move.title', count) : l.t('resources.move.titleMore', total)}
      </h2>
      <p class="hint">${l.t('resources.move.explain')}</p>
      ${renderPicker(
        {
          l,
          accounts: d.accounts,
          error: d.loadError,
          q: d.q,
          active: Math.min(d.active, Math.max(0, shown.length - 1)),
          chosen: d.chosen,
          onSearch: (q) => this.patchMove({ q, active: 0 }),
          onKeydown: this.onPickerKeydown,
          onChoose: (id) =>
            this.patchMove({
              chosen: id,
              active: Math.max(
                0,
                shown.findIndex((a) => a.id === id),
              ),
            }),
          onRetry: () => void this.loadPicker(),
        },
        shown,
      )}
      <p class="chosen" role="status">
        ${chosen ? l.t('resources.move.chosen', { name: chosen.name }) : l.t('resources.move.chooseHint')}
      </p>
      <div class="dialog-footer">
        ${d.error !== undefined ? html`<div class="banner error" role="alert" tabindex="-1" data-notice>${problemText(l, d.error)}</div>` : nothing}
        <div class="dialog-actions">
          <button class="btn" type="button" @click=${() => this.dialogs.requestClose()}>
            ${l.t('common.cancel')}
          </button>
          <button
            class="btn primary"
            type="button"
            part="submit"
            ?disabled=${d.busy || !chosen}
            @click=${() => void this.submitMove()}
          >
            ${
              d.busy
                ? l.t('resources.move.moving')
                : d.countExact
                  ? l.t('resources.move.confirm', count)
                  : l.t('resources.move.confirmMore', total)
            }
          </button>
        </div>
      </div>`;
  }

  private renderMoveResult(d: MoveDialog, result: ResourceMoveResult): TemplateResult {
    const l = this.i18n;
    const failed = result.results.filter((r) => r.outcome === 'failed');
    return html`<h2 id="dialog-title">${l.t('resources.moved.partTitle')}</h2>
      <div class="banner warning" role="alert" tabindex="-1" data-notice>
        ${l.t('resources.moved.summary', { count: result.moved, name: d.toName ?? '' })}
        ${l.t('resources.moved.failedCount', { count: failed.length })}
      </div>
      <ul class="results" part="results">
        ${failed.map(
          (f) =>
            html`<li><span class="mono">${this.identifierOf(f.id)}</span>: ${l.t(failureKey(f.code))}</li>`,
        )}
      </ul>
      <p class="hint">${l.t('resources.moved.keptSelected')}</p>
      <div class="dialog-actions">
        <button class="btn primary" type="button" data-autofocus @click=${() => this.dialogs.close()}>
          ${l.t('common.close')}
        </button>
      </div>`;
  }

  /** The identifier of a loaded resource, else its id. */
  private identifierOf(id: string): string {
    for (const cache of [this.cache, this.previous]) {
      const total = cache?.total ?? 0;
      for (let i = 0; i < total; i++) {
        const r = cache?.get(i);
        if (r?.id === id) return r.identifier;
      }
    }
    return id;
  }

  private async submitMove(): Promise<void> {
    const d = this.dialog;
    const api = this.api;
    const accountId = this.effectiveAccountId;
    if (d?.kind !== 'move' || d.busy || !api || !accountId || !d.chosen) return;
    const target = d.accounts?.find((a) => a.id === d.chosen);
    const detail: TkResourcesMoveDetail = {
      ids: d.body.ids,
      ...(d.body.query ? { query: d.body.query } : {}),
      ...(d.body.except ? { except: d.body.except } : {}),
      count: d.count,
      ...(d.countExact ? {} : { countExact: false as const }),
      to: d.chosen,
      toName: target?.name ?? d.chosen,
    };
    if (!allowed<TkResourcesMoveDetail>(this, 'tk-resources-move', detail)) return this.dialogs.close();
    this.patchMove({ busy: true, error: undefined });
    try {
      const body = { ...d.body, to: d.chosen } as ResourceMove;
      const result = await api.moveResources(accountId, body);
      announce<TkResourcesMovedDetail>(this, 'tk-resources-moved', { result, to: d.chosen });
      const failed = result.results.filter((r) => r.outcome === 'failed').map((r) => r.id);
      this.selection = failed.length ? Selection.of(failed) : Selection.none;
      this.notice = this.i18n.t('resources.moved.summary', { count: result.moved, name: detail.toName });
      this.refresh();
      if (failed.length) {
        this.patchMove({ busy: false, result, toName: detail.toName });
        await this.dialogs.focusNotice();
      } else this.dialogs.close();
    } catch (error) {
      this.patchMove({ busy: false, error });
      await this.dialogs.focusNotice();
    }
  }

  private onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const d = this.dialog;
    if (!d || d.busy) return;
    if (d.kind === 'cap') {
      const request = capRequest(d.form);
      if ('invalid' in request) {
        this.dialog = { ...d, form: request.invalid };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('dialog [aria-invalid=true]')?.focus();
        return;
      }
      await this.saveCap(d.form.resource, request.cap);
    } else if (d.kind === 'rename') {
      await this.save(d.resource, { label: d.label.trim() }, (resource) =>
        announce<TkResourceDetail>(this, 'tk-resource-renamed', { resource }),
      );
    }
  };

  private async saveCap(resource: Resource, cap: TkResourceCapChangeDetail['cap']): Promise<void> {
    if (!allowed<TkResourceCapChangeDetail>(this, 'tk-resource-cap-change', { resource, cap })) return;
    await this.save(resource, { cap }, (saved) =>
      announce<TkResourceDetail>(this, 'tk-resource-cap-changed', { resource: saved }),
    );
  }

  private async save(
    resource: Resource,
    patch: { label?: string; cap?: TkResourceCapChangeDetail['cap'] },
    done: (saved: Resource) => void,
  ): Promise<void> {
    const api = this.api;
    const d = this.dialog;
    if (!api || !d || d.kind === 'move') return;
    this.dialog = { ...d, busy: true, error: undefined } as DialogState;
    try {
      const saved = await api.updateResource(resource, patch);
      this.notice = this.i18n.t('resources.saved', { identifier: saved.identifier });
      this.dialogs.close();
      this.refresh();
      done(saved);
    } catch (error) {
      if (this.dialog) this.dialog = { ...this.dialog, busy: false, error } as DialogState;
      await this.dialogs.focusNotice();
    }
  }

  /** After a 412: the version now saved; what the admin typed stays in the form. */
  private async reloadResource(): Promise<void> {
    const d = this.dialog;
    const api = this.api;
    const accountId = this.effectiveAccountId;
    if (!d || d.kind === 'move' || !api || !accountId) return;
    const original = d.kind === 'cap' ? d.form.resource : d.resource;
    try {
      const page = await api.listResources(accountId, {
        q: original.identifier,
        include: this.scope === 'account' ? undefined : 'descendants',
        limit: 10,
      });
      const latest = page.items.find((r) => r.id === original.id);
      if (!latest) throw new Error('gone');
      const now = this.dialog;
      if (now?.kind === 'cap')
        this.dialog = { ...now, form: { ...now.form, resource: latest }, error: undefined };
      else if (now?.kind === 'rename' || now?.kind === 'remove-cap')
        this.dialog = { ...now, resource: latest, error: undefined };
      this.refresh();
    } catch (error) {
      if (this.dialog) this.dialog = { ...this.dialog, error } as DialogState;
    }
  }
}

/** The catalog key that says why one resource of a move failed. */
function failureKey(code: string | undefined): TextKey {
  if (code === 'not-found') return 'resources.moved.notFound';
  if (code === 'changed') return 'resources.moved.changed';
  return 'resources.moved.failed';
}
