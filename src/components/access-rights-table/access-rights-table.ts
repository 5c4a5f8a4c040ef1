import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ProvisioningClient } from '../../api/client.js';
import { isProvisioningError } from '../../api/errors.js';
import type { AccessRight } from '../../api/schemas/index.js';
import { allowed, announce } from '../../core/events.js';
import { canWrite, principalOf } from '../../core/principal.js';
import { emptyState, errorState, errorText, loadingState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import { accessRightsTableStyles } from './access-rights-table.styles.js';
import { DEFAULT_COLUMNS, resolveColumns, timelineColumns, type ResolvedColumn } from './columns.js';
import { download, viewAsCsv } from './csv-export.js';
import { clientDataProvider } from './data-provider.js';
import type {
  TkAccessRightDetail,
  TkAccessRightsExportDetail,
  TkFilterChangeDetail,
  TkOfferOpenDetail,
  TkSortChangeDetail,
} from './events.js';
import { isUnfiltered, nextSort, today } from './filters.js';
import { focusStops, keyMove, positionOf, tabPosition, type GridPosition } from './grid-navigation.js';
import { renderHeader, renderRow, type GridHandlers, type GridView } from './grid-rows.js';
import { FIELD_ORDER, type RightFormField } from './right-form.js';
import {
  dialogRequest,
  failedDialog,
  openDialog,
  reloadedDialog,
  renderDialog,
  withInput,
  withProblems,
  type DialogState,
} from './right-dialog.js';
import { RowSource } from './row-source.js';
import { OVERSCAN, ScrollWindow } from './scroll-window.js';
import { growDomain, timelineLegend, type TimeDomain } from './timeline.js';
import { renderToolbar, type ToolbarHandlers } from './toolbar.js';
import type { AccessRightsDataProvider, AccessRightsFilter, AccessRightsSort, ColumnSpec } from './types.js';

export type {
  TkAccessRightCreateDetail,
  TkAccessRightDetail,
  TkAccessRightsExportDetail,
  TkAccessRightUpdateDetail,
  TkFilterChangeDetail,
  TkOfferOpenDetail,
  TkSortChangeDetail,
} from './events.js';

/**
 * @summary Every access right of a customer (one per product per tier), fast at any size.
 *
 * Rows come through a data provider, one block at a time, and only the visible rows are in the
 * DOM. Sort by any column, filter by status, text and "valid on" day, expand a row for its
 * term and ids, switch to a timeline, export CSV. Admins edit, delete and create manual rights;
 * every change sends `If-Match`.
 *
 * @csspart toolbar - The filters and buttons above the table.
 * @csspart table - The scrolling grid.
 * @csspart header - The sticky header row.
 * @csspart header-cell - One column header.
 * @csspart row - One row.
 * @csspart cell - One cell.
 * @csspart detail - The expanded part of a row.
 * @csspart timeline - The timeline header cell with its axis.
 * @csspart timeline-bar - One right's bar.
 * @csspart dialog - The create, edit and delete dialog.
 * @csspart submit - The dialog's confirming button.
 * @csspart offer-link - An offer ID (a link with `offer-href`, else a button).
 * @csspart timeline-toggle - The button that switches to the timeline.
 * @csspart export - The CSV export button.
 * @csspart create - The button that creates a manual right.
 * @csspart error - The error panel.
 * @csspart retry - The error panel's retry button.
 * @csspart loading - The loading panel.
 * @csspart empty - The empty and no-match panel.
 *
 * @cssprop --tk-access-rights-row-height - Height of a row (2.5rem).
 * @cssprop --tk-access-rights-timeline-row-height - Height of a row in the timeline (1.75rem).
 * @cssprop --tk-access-rights-height - Height of the scrolling table (28rem).
 * @cssprop --tk-access-rights-background - The element's background (the surface colour).
 * @cssprop --tk-access-rights-header-background - Header background.
 * @cssprop --tk-access-rights-bar-color - Bars of active rights.
 * @cssprop --tk-access-rights-bar-deactivated-color - Bars of deactivated rights.
 *
 * @cssstate loading - The first rows are loading.
 * @cssstate error - Rows could not be loaded.
 * @cssstate empty - No rights (or none matching the filters).
 * @cssstate no-match - The filters match no right.
 * @cssstate read-only - The principal may not change rights.
 *
 * @event tk-offer-open - `TkOfferOpenDetail`; cancelable: an offer ID was activated.
 * @event tk-filter-change - `TkFilterChangeDetail`: the user changed the filters.
 * @event tk-sort-change - `TkSortChangeDetail`: the user changed the sort.
 * @event tk-access-right-create - `TkAccessRightCreateDetail`; cancelable, before creating.
 * @event tk-access-right-created - `TkAccessRightDetail`.
 * @event tk-access-right-update - `TkAccessRightUpdateDetail`; cancelable, before saving.
 * @event tk-access-right-updated - `TkAccessRightDetail`.
 * @event tk-access-right-delete - `TkAccessRightDetail`; cancelable, before deleting.
 * @event tk-access-right-deleted - `TkAccessRightDetail`.
 * @event tk-access-rights-export - `TkAccessRightsExportDetail`; cancelable: prevent to handle the CSV yourself.
 */
export class TkAccessRightsTable extends TkElement {
  static override styles = [...TkElement.styles, accessRightsTableStyles];

  /** The customer account; defaults to the provider's, then to the account the principal acts for. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Which columns to show, in order: built-in ids and host columns (text only). */
  @property({ attribute: false }) columns: ColumnSpec[] = [...DEFAULT_COLUMNS];

  /** Where rows come from; by default pages through `client.listAccessRights`. */
  @property({ attribute: false }) dataProvider?: AccessRightsDataProvider;

  /** The filters; the element fires `tk-filter-change` when the user changes them. */
  @property({ attribute: false }) filter: AccessRightsFilter = { q: '', status: 'all', validOn: today() };

  @property({ attribute: false }) sort?: AccessRightsSort;

  /** Link template for offer IDs, e.g. `https://portal.example/offers/{offerId}`. */
  @property({ attribute: 'offer-href' }) offerHref?: string;

  /** `table` or `timeline`. */
  @property({ reflect: true }) view: 'table' | 'timeline' = 'table';

  /** Expanded rights by id, so that a right stays expanded when sort or filter moves it. */
  @state() private expanded = new Set<string>();
  @state() private active: GridPosition = { row: 0, stop: 0 };
  @state() private dialog?: DialogState;
  @state() private exporting = false;
  @state() private notice = '';
  /** Bumped whenever the row cache has news. */
  @state() private cacheRevision = 0;

  @query('.scroller') private scroller?: HTMLElement;
  @query('.body') private body?: HTMLElement;
  @query('.window') private window?: HTMLElement;
  @query('.probe') private probe?: HTMLElement;
  @query('dialog') private dialogEl?: HTMLDialogElement;

  private readonly principal = new Task(this, {
    task: ([api]: readonly [ProvisioningClient | undefined]) =>
      api ? principalOf(api) : Promise.resolve(undefined),
    args: () => [this.api] as const,
  });

  private readonly rows = new RowSource(() => this.cacheRevision++);
  private defaultProvider?: {
    api: ProvisioningClient;
    accountId: string;
    provider: AccessRightsDataProvider;
  };
  private readonly scrollWindow = new ScrollWindow();
  private domain?: TimeDomain;
  private rtl = false;
  private columnsInView: ResolvedColumn[] = [];
  private returnFocus?: HTMLElement;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private readonly resizeObserver = new ResizeObserver(() => this.measure());

  /** Resolves once the principal, the visible rows and the render are all settled. */
  async whenReady(): Promise<void> {
    await this.principal.taskComplete.catch(() => undefined);
    do {
      await this.updateComplete;
      await this.rows.cache?.idle();
    } while (this.isUpdatePending || this.rows.cache?.loading);
  }

  /** Loads the rows again (keeps showing the current ones until the new ones arrive). */
  refresh(): void {
    this.rows.reload(this.sort, this.filter, this.scrollWindow.start, this.scrollWindow.end);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.rows.dispose();
    clearTimeout(this.searchTimer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  private get writable(): boolean {
    return canWrite(this.principal.value);
  }

  private get effectiveAccountId(): string | undefined {
    return this.accountId ?? this.provided?.accountId ?? this.principal.value?.actingFor.id;
  }

  private get total(): number | undefined {
    return this.rows.total;
  }

  private rowAt(index: number): AccessRight | undefined {
    return this.rows.rowAt(index);
  }

  private resolveProvider(): AccessRightsDataProvider | undefined {
    if (this.dataProvider) return this.dataProvider;
    const api = this.api;
    const accountId = this.effectiveAccountId;
    if (!api || !accountId) return undefined;
    const memo = this.defaultProvider;
    if (memo?.api === api && memo.accountId === accountId) return memo.provider;
    this.defaultProvider = { api, accountId, provider: clientDataProvider(api, accountId) };
    return this.defaultProvider.provider;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.rows.follow(this.resolveProvider(), this.sort, this.filter)) {
      this.scrollWindow.reset(this.scroller);
      this.domain = undefined;
      this.active = { row: Math.min(this.active.row, 0), stop: this.active.stop };
    }
    if (changed.has('view')) {
      this.scrollWindow.geometry.clear();
      this.expanded = new Set();
    }
    this.rtl = this.matches(':dir(rtl)');
    const l = this.i18n;
    this.columnsInView =
      this.view === 'timeline' ? timelineColumns(l) : resolveColumns(this.columns, l, this.writable);
    this.computeWindow();
    this.rows.cache?.ensure(
      Math.max(0, this.scrollWindow.start - OVERSCAN * 4),
      this.scrollWindow.end + OVERSCAN * 4,
    );

    const total = this.total;
    const settled = this.principalSettled;
    const cache = this.rows.cache;
    // Without a row source once the principal is known, there is no client or no account to show.
    const failed = cache ? cache.error !== undefined && total === undefined : settled;
    this.setState('error', failed);
    this.setState('loading', !failed && (total === undefined || !settled));
    this.setState('empty', settled && total === 0);
    this.setState('no-match', settled && total === 0 && !this.unfiltered);
    this.setState('read-only', settled && !this.writable);
  }

  /** Rows wait for the principal too, so that the action column never pops in late. */
  private get principalSettled(): boolean {
    return this.principal.status === TaskStatus.COMPLETE || this.principal.status === TaskStatus.ERROR;
  }

  private get unfiltered(): boolean {
    return isUnfiltered(this.filter);
  }

  private computeWindow(): void {
    this.scrollWindow.compute(this.total ?? 0);
    if (this.view === 'timeline') {
      const loaded: AccessRight[] = [];
      for (let i = this.scrollWindow.start; i <= this.scrollWindow.end; i++) {
        const r = this.rowAt(i);
        if (r) loaded.push(r);
      }
      this.domain = growDomain(this.domain, loaded, Date.now());
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.scroller) return;
    // Sizes are read in the observer's callback, after layout and outside the update cycle.
    const observe = (el: Element | null | undefined) => el && this.resizeObserver.observe(el);
    observe(this.scroller);
    observe(this.probe);
    observe(this.renderRoot.querySelector('.header'));
    for (const index of this.expandedInWindow())
      observe(this.scroller.querySelector(`.body [data-row="${index}"]`));
    this.applyGeometry();
    if (changed.has('dialog') && this.dialog && this.dialogEl && !this.dialogEl.open) this.showDialog();
  }

  /** Reads the sizes the window depends on (from the ResizeObserver); re-renders when they changed. */
  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const header = (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('.header');
    if (this.scrollWindow.measure(scroller, this.probe, header, new Set(this.expandedInWindow())))
      this.requestUpdate();
  }

  /** Positions in the rendered window whose right is expanded. */
  private expandedInWindow(): number[] {
    const indexes: number[] = [];
    for (let i = this.scrollWindow.start; i <= this.scrollWindow.end; i++) {
      const id = this.rowAt(i)?.id;
      if (id !== undefined && this.expanded.has(id)) indexes.push(i);
    }
    return indexes;
  }

  /**
   * Positions the body and the window of rendered rows through CSS custom properties set with
   * CSSOM (`style.setProperty`), which a strict CSP allows, unlike `style` attributes.
   */
  private applyGeometry(): void {
    const set = (el: HTMLElement | undefined, name: string, value: string) => {
      if (el && el.style.getPropertyValue(name) !== value) el.style.setProperty(name, value);
    };
    set(this.body, '--_total', `${this.scrollWindow.geometry.totalHeight(this.total ?? 0)}px`);
    set(this.window, '--_offset', `${this.scrollWindow.geometry.offsetOf(this.scrollWindow.start)}px`);
    set(this.scroller, '--_columns', this.columnsInView.map((c) => c.width).join(' '));
    const minWidth = this.columnsInView.reduce(
      (sum, c) => sum + (Number(/(\d+(?:\.\d+)?)rem/.exec(c.width)?.[1]) || 8),
      0,
    );
    set(this.scroller, '--_min-width', `${minWidth}rem`);
  }

  private onScroll = (e: Event): void => {
    if (this.scrollWindow.scrolled((e.target as HTMLElement).scrollTop, this.total ?? 0))
      this.requestUpdate();
  };

  // ——— rendering ———

  protected override render(): TemplateResult {
    return html`
      ${renderToolbar(
        this.i18n,
        {
          filter: this.filter,
          view: this.view,
          total: this.total,
          exporting: this.exporting,
          writable: this.writable,
        },
        this.toolbarHandlers,
      )}
      ${this.renderBody()} ${this.view === 'timeline' && this.total ? timelineLegend(this.i18n) : nothing}
      <dialog
        part="dialog"
        aria-labelledby="dialog-title"
        @close=${this.onDialogClose}
        @cancel=${this.onDialogCancel}
      >
        ${
          this.dialog
            ? renderDialog(this.i18n, this.dialog, {
                onSubmit: this.onSubmit,
                onReload: this.reloadLatest,
                onCancel: this.closeDialog,
                onInput: this.onFieldInput,
              })
            : nothing
        }
      </dialog>
      <div class="visually-hidden" role="status">${this.notice}</div>
    `;
  }

  private renderBody(): TemplateResult {
    const l = this.i18n;
    const cache = this.rows.cache;
    const total = this.total;
    if (!cache) {
      if (this.principal.error) return errorState(l, this.principal.error, () => this.principal.run());
      if (!this.api && !this.dataProvider) {
        return html`<div class="state error" role="alert" part="error">${l.t('error.noClient')}</div>`;
      }
      return loadingState(l);
    }
    if (cache.error !== undefined && total === undefined)
      return errorState(l, cache.error, this.retryFor(cache.error));
    if (total === undefined || !this.principalSettled) return loadingState(l);
    if (total === 0) {
      return this.unfiltered
        ? emptyState(l.t('accessRights.empty'))
        : emptyState(
            l.t('accessRights.noMatch'),
            html`<button
              class="btn"
              @click=${() => this.changeFilter({ q: '', status: 'all', validOn: 'all' })}
            >
              ${l.t('accessRights.showAll')}
            </button>`,
          );
    }
    const grid = this.gridView();
    return html`${
        cache.error !== undefined
          ? html`<div class="banner error" role="alert">
              ${l.t('accessRights.loadError')} ${errorText(l, cache.error)}
              <button class="btn" @click=${() => cache.retry(this.scrollWindow.start, this.scrollWindow.end)}>
                ${l.t('common.retry')}
              </button>
            </div>`
          : nothing
      }
      <div
        class="scroller"
        part="table"
        role="grid"
        aria-label=${l.t('accessRights.label')}
        aria-rowcount=${total + 1}
        aria-colcount=${this.columnsInView.length}
        aria-busy=${cache.loading ? 'true' : 'false'}
        @scroll=${this.onScroll}
        @keydown=${this.onGridKeydown}
        @focusin=${this.onGridFocusin}
      >
        <div class="header" role="rowgroup">${renderHeader(grid)}</div>
        <div class="body" role="rowgroup"><div class="window">${this.renderRows(grid)}</div></div>
        <div class="probe" aria-hidden="true"></div>
      </div>`;
  }

  /** Retrying helps with network trouble, not with data the element cannot read. */
  private retryFor(error: unknown): (() => void) | undefined {
    if (isProvisioningError(error) && !error.retryable) return undefined;
    return () => this.rows.cache?.retry(this.scrollWindow.start, this.scrollWindow.end);
  }

  private gridView(): GridView {
    return {
      l: this.i18n,
      columns: this.columnsInView,
      sort: this.sort,
      domain: this.domain,
      rtl: this.rtl,
      offerHref: this.offerHref,
      tab: tabPosition(this.active, this.scrollWindow.start, this.scrollWindow.end, (row) =>
        this.stopCount(row),
      ),
      expanded: this.expanded,
      on: this.gridHandlers,
    };
  }

  private readonly gridHandlers: GridHandlers = {
    sort: (col) => this.toggleSort(col),
    toggle: (right, index) => this.toggleRow(right, index),
    edit: (right, e) => this.openDialog(e, 'edit', right),
    remove: (right, e) => this.openDialog(e, 'delete', right),
    offerOpen: (detail, e) => {
      if (!allowed<TkOfferOpenDetail>(this, 'tk-offer-open', detail)) e.preventDefault();
    },
  };

  private renderRows(grid: GridView): TemplateResult[] {
    const rows: TemplateResult[] = [];
    for (let i = this.scrollWindow.start; i <= this.scrollWindow.end; i++)
      rows.push(renderRow(grid, i, this.rowAt(i)));
    return rows;
  }

  private stopCount(row: number): number {
    return focusStops(this.columnsInView, row >= 0 ? this.rowAt(row) : undefined);
  }

  // ——— filters and sort ———

  private changeFilter(next: AccessRightsFilter): void {
    this.filter = next;
    announce<TkFilterChangeDetail>(this, 'tk-filter-change', { filter: next });
  }

  private readonly toolbarHandlers: ToolbarHandlers = {
    onSearch: (q) => {
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => this.changeFilter({ ...this.filter, q }), 250);
    },
    onFilter: (change) => this.changeFilter({ ...this.filter, ...change }),
    onToggleView: () => {
      this.view = this.view === 'timeline' ? 'table' : 'timeline';
    },
    onExport: () => void this.exportCsv(),
    onCreate: (e) => this.openDialog(e, 'create'),
  };

  private toggleSort(col: ResolvedColumn): void {
    if (!col.sortField) return;
    const sort = nextSort(this.sort, col.sortField);
    this.sort = sort;
    announce<TkSortChangeDetail>(this, 'tk-sort-change', { sort });
  }

  private toggleRow(right: AccessRight, index: number): void {
    const expanded = new Set(this.expanded);
    if (expanded.delete(right.id)) this.scrollWindow.geometry.setExtra(index, undefined);
    else expanded.add(right.id);
    this.expanded = expanded;
  }

  // ——— keyboard grid ———

  private onGridFocusin = (e: FocusEvent): void => {
    const pos = positionOf(e.composedPath()[0] as HTMLElement);
    if (pos && (pos.row !== this.active.row || pos.stop !== this.active.stop)) this.active = pos;
  };

  private onGridKeydown = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0] as HTMLElement;
    const pos = positionOf(target);
    if (!pos) return;
    if (e.key === 'Enter') {
      // Buttons and links act natively; Enter on a plain cell expands its row.
      const right = pos.row >= 0 && target.matches('.cell') ? this.rowAt(pos.row) : undefined;
      if (right) {
        e.preventDefault();
        this.toggleRow(right, pos.row);
      }
      return;
    }
    const next = keyMove(e, pos, {
      last: (this.total ?? 0) - 1,
      page: this.scrollWindow.page,
      rtl: this.rtl,
      stopCount: (row) => this.stopCount(row),
    });
    if (!next) return;
    e.preventDefault();
    void this.moveTo(next);
  };

  private async moveTo(pos: GridPosition): Promise<void> {
    this.active = { row: pos.row, stop: Math.min(pos.stop, this.stopCount(pos.row) - 1) };
    this.scrollRowIntoView(pos.row);
    await this.updateComplete;
    const rowEl = this.renderRoot.querySelector(`[data-row="${this.active.row}"]`);
    rowEl?.querySelector<HTMLElement>(`[data-stop="${this.active.stop}"]`)?.focus({ preventScroll: true });
  }

  private scrollRowIntoView(row: number): void {
    const scroller = this.scroller;
    if (!scroller || row < 0) return;
    if (this.scrollWindow.scrollIntoView(scroller, row)) this.requestUpdate();
  }

  // ——— dialogs ———

  /** Opens the dialog; focus returns to `e`'s button when it closes. */
  private openDialog(e: Event, mode: DialogState['mode'], right?: AccessRight): void {
    this.returnFocus = e.currentTarget as HTMLElement;
    this.dialog = openDialog(mode, right);
  }

  private showDialog(): void {
    this.dialogEl?.showModal();
    this.dialogEl?.querySelector<HTMLElement>('input, select, button[type=submit]')?.focus();
  }

  private onDialogCancel = (e: Event): void => {
    if (this.dialog?.busy) e.preventDefault();
  };

  /** Closes the dialog and returns focus to what opened it (or to the grid, if that is gone). */
  private closeDialog = (): void => {
    if (this.dialogEl?.open) this.dialogEl.close();
    if (!this.dialog) return;
    this.dialog = undefined;
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus();
    else void this.moveTo(this.active);
  };

  /** Escape closes the dialog natively; tidy up the same way. */
  private onDialogClose = (): void => this.closeDialog();

  private onFieldInput = (field: RightFormField, value: string): void => {
    if (this.dialog) this.dialog = withInput(this.dialog, field, value);
  };

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const first = FIELD_ORDER.find((f) => this.dialog?.errors.has(f));
    if (first) this.dialogEl?.querySelector<HTMLElement>(`#f-${first}`)?.focus();
  }

  private onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const d = this.dialog;
    const api = this.api;
    if (!d || d.busy || !api) return;
    const invalid = withProblems(this.i18n, d);
    if (invalid) {
      this.dialog = invalid;
      return this.focusFirstInvalid();
    }
    const request = dialogRequest(this, api, this.effectiveAccountId, d);
    if (!request) return;
    this.dialog = { ...d, busy: true, error: undefined };
    try {
      const right = await request.run();
      this.notice = this.i18n.t(request.notice, { id: right.id });
      this.closeDialog();
      this.refresh();
      announce<TkAccessRightDetail>(this, request.done, { right });
    } catch (error) {
      const current = this.dialog ?? d;
      this.dialog = failedDialog(this.i18n, current, error);
      // Only errors the server reports for fields replace the field errors; focus the first of them.
      if (this.dialog.errors !== current.errors) await this.focusFirstInvalid();
    }
  };

  /** After a 412: fetch the version now on the server; the fields the admin changed stay as typed. */
  private reloadLatest = async (): Promise<void> => {
    const d = this.dialog;
    const api = this.api;
    const accountId = this.effectiveAccountId;
    const original = d?.right;
    if (!d || !original || !api || !accountId) return;
    this.dialog = { ...d, busy: true };
    try {
      const page = await api.listAccessRights(accountId, { q: original.id, limit: 20 });
      const latest = page.items.find((r) => r.id === original.id);
      this.dialog = reloadedDialog(this.dialog ?? d, original, latest);
      if (!latest) this.refresh();
    } catch (error) {
      this.dialog = { ...(this.dialog ?? d), busy: false, error };
    }
  };

  // ——— export ———

  /** Exports the current filtered, sorted view as CSV, unless the host takes it over. */
  private exportCsv = async (): Promise<void> => {
    const provider = this.rows.provider;
    if (!provider || this.exporting) return;
    this.exporting = true;
    try {
      const csv = await viewAsCsv(provider, this.columnsInView, this.sort, this.filter);
      const filename = `access-rights-${this.effectiveAccountId ?? 'export'}-${today()}.csv`;
      if (allowed<TkAccessRightsExportDetail>(this, 'tk-access-rights-export', { csv, filename }))
        download(csv, filename);
    } catch (error) {
      announce(this, 'tk-error', { error, operation: 'export' });
    } finally {
      this.exporting = false;
    }
  };
}
