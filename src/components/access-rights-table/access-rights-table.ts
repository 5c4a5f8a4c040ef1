import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ProvisioningClient } from '../../api/client.js';
import type { AccessRight, Product } from '../../api/schemas/index.js';
import { BannerController } from '../../core/banner.js';
import { DialogController } from '../../core/dialog.js';
import { CreateKey } from '../../core/create-key.js';
import { allowed, announce } from '../../core/events.js';
import { canWrite, principalTask } from '../../core/principal.js';
import { unreadableRows } from '../../core/parts/unreadable-rows.js';
import { canRetry, emptyState, errorState, errorText, loadingState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import accessRightsStrings from '../../locales/en/access-rights.js';
import { accessRightsTableStyles } from './access-rights-table.styles.js';
import { leastWidths, measureFits, renderSizer, trackOf, type ColumnFits } from './column-fit.js';
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
  isDirty,
  openDialog,
  reloadedDialog,
  renderDialog,
  withInput,
  withProblems,
  type DialogState,
} from './right-dialog.js';
import { RowSource } from './row-source.js';
import { OVERSCAN, ScrollWindow } from './scroll-window.js';
import type { ProductPickerState } from './product-picker.js';
import { domainOfRange, growDomain, timelineLegend, type TimeDomain } from './timeline.js';
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
 * @csspart offer-link - An offer ID: a link with `offer-href`, a button when a `tk-offer-open`
 *   listener is on the element, else plain text.
 * @csspart product-options - The product suggestions of the create form.
 * @csspart timeline-rescale - The button that widens the timeline's scale to rows loaded later.
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
 * @cssprop --tk-access-rights-height - Most height of the scrolling table (28rem); fewer rows take less.
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
 * @fires {CustomEvent<TkOfferOpenDetail>} tk-offer-open - Cancelable: an offer ID was activated.
 *   Listen on the element itself: with a listener (and no `offer-href`) offer IDs are buttons.
 * @fires {CustomEvent<TkFilterChangeDetail>} tk-filter-change - The user changed the filters.
 * @fires {CustomEvent<TkSortChangeDetail>} tk-sort-change - The user changed the sort.
 * @fires {CustomEvent<TkAccessRightCreateDetail>} tk-access-right-create - Cancelable, before creating.
 * @fires {CustomEvent<TkAccessRightDetail>} tk-access-right-created - A manual right was created.
 * @fires {CustomEvent<TkAccessRightUpdateDetail>} tk-access-right-update - Cancelable, before saving.
 * @fires {CustomEvent<TkAccessRightDetail>} tk-access-right-updated - A manual right was saved.
 * @fires {CustomEvent<TkAccessRightDetail>} tk-access-right-delete - Cancelable, before deleting.
 * @fires {CustomEvent<TkAccessRightDetail>} tk-access-right-deleted - A manual right was deleted.
 * @fires {CustomEvent<TkAccessRightsExportDetail>} tk-access-rights-export - Cancelable: prevent it
 *   to handle the CSV yourself.
 * @fires {CustomEvent<TkErrorDetail>} tk-error - An operation without a place on screen failed (export).
 */
export class TkAccessRightsTable extends TkElement {
  static override catalogs = { 'access-rights': accessRightsStrings };
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
  /** The right just created or saved, highlighted until the next change. */
  @state() private highlighted?: string;
  /** A wider timeline scale that rows loaded later need; applied only on request. */
  @state() private rescaleTo?: TimeDomain;
  /** `tk-offer-open` listeners on the element: with one, offer IDs become buttons. */
  @state() private offerListeners = new Set<EventListenerOrEventListenerObject>();
  @state() private products?: Product[];
  /** Bumped whenever the row cache has news. */
  @state() private cacheRevision = 0;
  /**
   * True once a frame and a task have passed with neither a client nor a data provider: hosts
   * often set `dataProvider` just after adding the element, which is no missing client.
   */
  @state() private sourceless = false;
  private sourceCheck?: number;

  @query('.scroller') private scroller?: HTMLElement;
  @query('.body') private body?: HTMLElement;
  @query('.window') private window?: HTMLElement;
  @query('.probe') private probe?: HTMLElement;
  @query('dialog') private dialogEl?: HTMLDialogElement;

  private readonly principal = principalTask(this, () => this.api);

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
  /** What `columnsInView` was resolved from: it is resolved again only when one of these changes. */
  private columnsFrom: readonly unknown[] = [];
  /** What the sizer measured for `columns` (column-fit.ts), and the root font size then. */
  private fits?: { columns: readonly ResolvedColumn[]; fits: ColumnFits; rem: number };
  /** The scroller's inner width (the host's before there is one), as last measured after layout. */
  private available = 0;
  /** The frame that measures the sizer while there are no rows yet. */
  private sizerFrame?: number;
  /** Each column's least width (px): what its localized header and contents need (column-fit.ts). */
  private least: number[] = [];
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** The create dialog's `Idempotency-Key`: the same on a retry of the same content. */
  private readonly createKey = new CreateKey();
  /** "Access right … saved": belongs to the view, gone on another account or language. */
  private readonly feedback = new BannerController(
    this,
    () => `${this.effectiveAccountId ?? ''}|${this.resolvedLocale}`,
    () => {
      this.highlighted = undefined;
    },
  );
  /** The row whose delete dialog is open: focus goes to its neighbour once it is gone. */
  private deletingRow?: number;
  private readonly dialogs = new DialogController(this, {
    dialog: () => this.dialogEl,
    dirty: () => isDirty(this.dialog),
    busy: () => !!this.dialog?.busy,
    fallbackFocus: () => this.focusTarget(this.active),
    onClosed: () => {
      this.dialog = undefined;
    },
  });
  /**
   * Sizes are read a frame after the observer reports them: an update inside its callback that
   * resizes what it observes (the header, when columns change) would end its loop with an error.
   */
  private readonly resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => this.measure()));

  /** @internal Counts `tk-offer-open` listeners, so that offer IDs are buttons only when something listens. */
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
    if (type === 'tk-offer-open') this.offerListeners = new Set(this.offerListeners).add(listener);
  }

  /** @internal */
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
    if (type === 'tk-offer-open' && this.offerListeners.has(listener)) {
      const listeners = new Set(this.offerListeners);
      listeners.delete(listener);
      this.offerListeners = listeners;
    }
  }

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
    if (this.sourceCheck !== undefined) cancelAnimationFrame(this.sourceCheck);
    if (this.sizerFrame !== undefined) cancelAnimationFrame(this.sizerFrame);
    this.sourceCheck = this.sizerFrame = undefined;
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
    this.followSource();
    if (this.rows.follow(this.resolveProvider(), this.sort, this.filter)) {
      this.scrollWindow.reset(this.scroller);
      this.domain = undefined;
      this.rescaleTo = undefined;
      this.active = { row: Math.min(this.active.row, 0), stop: this.active.stop };
    }
    if (changed.has('view')) {
      this.scrollWindow.geometry.clear();
      this.expanded = new Set();
    }
    this.rtl = this.matches(':dir(rtl)');
    const l = this.i18n;
    const from = [this.view, this.columns, l, this.writable];
    if (from.some((v, i) => v !== this.columnsFrom[i])) {
      this.columnsFrom = from;
      this.columnsInView =
        this.view === 'timeline' ? timelineColumns(l) : resolveColumns(this.columns, l, this.writable);
    }
    this.computeWindow();
    this.rows.cache?.ensure(
      Math.max(0, this.scrollWindow.start - OVERSCAN * 4),
      this.scrollWindow.end + OVERSCAN * 4,
    );

    const total = this.total;
    const settled = this.principalSettled;
    const cache = this.rows.cache;
    // Without a row source once the principal is known, there is no client or no account to show.
    const failed = cache
      ? cache.error !== undefined && total === undefined
      : settled && (!!this.api || this.sourceless);
    this.setState('error', failed);
    this.setState('loading', !failed && (total === undefined || !settled));
    this.setState('empty', settled && total === 0);
    this.setState('no-match', settled && total === 0 && !this.unfiltered);
    this.setState('read-only', settled && !this.writable);
  }

  /** Starts the grace period of a table without a source, or ends `sourceless` once one is set. */
  private followSource(): void {
    if (this.api || this.dataProvider) {
      this.sourceless = false;
      return;
    }
    if (this.sourceless || this.sourceCheck !== undefined) return;
    this.sourceCheck = requestAnimationFrame(() =>
      setTimeout(() => {
        this.sourceCheck = undefined;
        this.sourceless = !this.api && !this.dataProvider && this.isConnected;
      }),
    );
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
      // The scale stays put while scrolling: from the term the provider reports, else from the
      // first rows, widened only when the user asks (`rescaleTo`).
      const range = this.rows.cache?.timeRange;
      if (range) {
        this.domain = domainOfRange(range, Date.now());
        this.rescaleTo = undefined;
        return;
      }
      const loaded: AccessRight[] = [];
      for (let i = this.scrollWindow.start; i <= this.scrollWindow.end; i++) {
        const r = this.rowAt(i);
        if (r) loaded.push(r);
      }
      if (!this.domain) {
        if (loaded.length) this.domain = growDomain(undefined, loaded, Date.now());
        return;
      }
      const wider = growDomain(this.rescaleTo ?? this.domain, loaded, Date.now());
      if (wider !== (this.rescaleTo ?? this.domain)) this.rescaleTo = wider;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.scroller) {
      this.fitAhead();
      return;
    }
    // Sizes are read in the observer's callback, after layout and outside the update cycle.
    const observe = (el: Element | null | undefined) => el && this.resizeObserver.observe(el);
    observe(this.scroller);
    observe(this.probe);
    observe(this.renderRoot.querySelector('.header'));
    for (const index of this.expandedInWindow())
      observe(this.scroller.querySelector(`.body [data-row="${index}"]`));
    this.fitColumns(this.scroller);
    this.applyGeometry();
  }

  /** Reads the sizes the window depends on (from the ResizeObserver); re-renders when they changed. */
  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.measureSizer();
    this.available = scroller.clientWidth;
    const header = (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('.header');
    const least = this.leastWidths();
    if (least.some((w, i) => w !== this.least[i])) {
      this.least = least;
      this.applyGeometry();
    }
    if (this.scrollWindow.measure(scroller, this.probe, header, new Set(this.expandedInWindow())))
      this.requestUpdate();
  }

  /**
   * The columns' least widths for the rows shown. The sizer is measured after a layout (in
   * `fitAhead`'s frame, usually while the table still waits for its rows, and in the observer's);
   * only rows drawn for columns not measured yet (another language, other columns, rows given
   * before the first frame) force one layout here, so that the first painted frame has the right
   * widths.
   */
  private fitColumns(scroller: HTMLElement): void {
    if (this.fits?.columns !== this.columnsInView) {
      this.measureSizer();
      this.available = scroller.clientWidth;
    }
    this.least = this.leastWidths();
  }

  /**
   * Without rows on screen, measures the sizer in the next frame, in the layout that frame does
   * anyway (a small one: toolbar and panel), so that the rows, once they come, need no other.
   */
  private fitAhead(): void {
    if (this.sizerFrame !== undefined || this.fits?.columns === this.columnsInView) return;
    this.sizerFrame = requestAnimationFrame(() => {
      this.sizerFrame = undefined;
      if (this.scroller) return;
      this.measureSizer();
      this.available = this.clientWidth;
    });
  }

  private measureSizer(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!sizer) return;
    const columns = this.columnsInView;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.fits = { columns, fits: measureFits(sizer, columns.length), rem };
  }

  private leastWidths(): number[] {
    const fits = this.fits;
    if (fits?.columns !== this.columnsInView) return this.least;
    return leastWidths(this.columnsInView, fits.fits, this.available, fits.rem, this.total ?? 0);
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
    const columns = this.columnsInView;
    const least = columns.map((c, i) => this.least[i] ?? c.min * 16);
    set(this.scroller, '--_columns', columns.map((c, i) => trackOf(c, least[i]!)).join(' '));
    set(this.scroller, '--_min-width', `${least.reduce((a, b) => a + b, 0)}px`);
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
          totalExact: this.rows.totalExact,
          exporting: this.exporting,
          writable: this.writable,
        },
        this.toolbarHandlers,
      )}
      ${this.feedback.render(this.i18n)} ${unreadableRows(this.i18n, this.rows.cache?.unreadable)}
      ${this.renderBody()}
      ${
        this.view === 'timeline' && this.total
          ? timelineLegend(this.i18n, this.rescaleTo ? this.rescale : undefined)
          : nothing
      }
      <dialog
        part="dialog"
        aria-labelledby="dialog-title"
        @keydown=${this.dialogs.onKeydown}
        @cancel=${this.dialogs.onCancel}
        @close=${this.dialogs.onClose}
      >
        ${
          this.dialog
            ? renderDialog(this.i18n, this.dialog, {
                onSubmit: this.onSubmit,
                onReload: this.reloadLatest,
                onCancel: () => this.dialogs.requestClose(),
                onInput: this.onFieldInput,
                onPicker: this.onPicker,
                products: this.products,
                discard: this.dialogs.renderDiscardPrompt(this.i18n),
              })
            : nothing
        }
      </dialog>
      ${renderSizer(this.columnsInView)}
    `;
  }

  private renderBody(): TemplateResult {
    const l = this.i18n;
    const cache = this.rows.cache;
    const total = this.total;
    if (!cache) {
      if (this.principal.error) return errorState(l, this.principal.error, () => this.principal.run());
      if (!this.api && !this.dataProvider) {
        if (!this.sourceless) return loadingState(l);
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
        <div class="row probe" aria-hidden="true"><div class="cell"></div></div>
      </div>`;
  }

  /** Retrying helps with network trouble, not with data the element cannot read. */
  private retryFor(error: unknown): (() => void) | undefined {
    if (!canRetry(error)) return undefined;
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
      offerButtons: this.offerListeners.size > 0,
      highlighted: this.highlighted,
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
    // A page is the viewport's height in rows: measured now, should the key come before the
    // first ResizeObserver frame did (the default sizes would page by 13 rows instead of 8).
    if (e.key === 'PageDown' || e.key === 'PageUp') this.measure();
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

  /** Opens the dialog; focus returns to `e`'s button when it closes (or to a neighbour row). */
  private openDialog(e: Event, mode: DialogState['mode'], right?: AccessRight): void {
    const trigger = e.currentTarget as HTMLElement;
    this.deletingRow = mode === 'delete' ? positionOf(trigger)?.row : undefined;
    this.dialog = openDialog(mode, right);
    this.highlighted = undefined;
    this.feedback.clear();
    if (mode === 'create' && !this.products) void this.loadProducts();
    void this.dialogs.open(trigger);
  }

  /** The platform products for the picker; without them the field still takes any product id. */
  private async loadProducts(): Promise<void> {
    try {
      this.products = await this.api?.listProducts();
    } catch {
      this.products = undefined;
    }
  }

  private onFieldInput = (field: RightFormField, value: string): void => {
    if (this.dialog) this.dialog = withInput(this.dialog, field, value);
  };

  private onPicker = (picker: ProductPickerState): void => {
    if (this.dialog) this.dialog = { ...this.dialog, picker };
  };

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const first = FIELD_ORDER.find((f) => this.dialog?.errors.has(f));
    const field = first && this.dialogEl?.querySelector<HTMLElement>(`#f-${first}`);
    if (field) field.focus();
    else await this.dialogs.focusNotice();
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
    const request = dialogRequest(this, api, this.effectiveAccountId, d, this.createKey);
    if (!request) return;
    this.dialog = { ...d, busy: true, error: undefined };
    try {
      const right = await request.run();
      this.feedback.show('success', this.i18n.t(request.notice, { id: right.id }));
      const deletedRow = d.mode === 'delete' ? this.deletingRow : undefined;
      this.dialog = { ...this.dialog, busy: false, values: this.dialog.initial };
      // The controller returns focus to the trigger on `close` (a queued event); the row comes after.
      const closed = this.dialogEl
        ? new Promise((resolve) => this.dialogEl!.addEventListener('close', resolve, { once: true }))
        : undefined;
      this.dialogs.close();
      await closed;
      this.refresh();
      announce<TkAccessRightDetail>(this, request.done, { right });
      if (deletedRow !== undefined) await this.focusNeighbour(deletedRow);
      else await this.showRight(right.id);
    } catch (error) {
      const current = this.dialog ?? d;
      this.dialog = failedDialog(this.i18n, current, error);
      // Fields the server names get focus; any other notice (a 412, a failure) is focused in the footer.
      if (this.dialog.errors !== current.errors) await this.focusFirstInvalid();
      else await this.dialogs.focusNotice();
    }
  };

  /** After a delete: focus the row that took the deleted one's place (or the one before), never `<body>`. */
  private async focusNeighbour(row: number): Promise<void> {
    await this.whenReady();
    const total = this.total ?? 0;
    if (total === 0) {
      this.renderRoot.querySelector<HTMLElement>('[part~=create], #q')?.focus();
      return;
    }
    await this.moveTo({ row: Math.min(row, total - 1), stop: 0 });
  }

  /** After a create or save: the right's row, scrolled into view, highlighted and focused. */
  private async showRight(id: string): Promise<void> {
    this.highlighted = id;
    const index = await this.locate(id);
    if (index === undefined) return;
    await this.moveTo({ row: index, stop: 0 });
  }

  /** The position of right `id` in the current query, loading blocks until found (up to 2,000 rows). */
  private async locate(id: string): Promise<number | undefined> {
    await this.whenReady();
    const total = Math.min(this.total ?? 0, 2000);
    const block = 100;
    for (let first = 0; first < total; first += block) {
      this.rows.cache?.ensure(first, first + block - 1);
      await this.rows.cache?.idle();
      for (let i = first; i < Math.min(first + block, total); i++) if (this.rowAt(i)?.id === id) return i;
    }
    return undefined;
  }

  /** The element a grid position focuses, if it is rendered. */
  private focusTarget(pos: GridPosition): HTMLElement | null {
    return (
      this.renderRoot
        .querySelector(`[data-row="${pos.row}"]`)
        ?.querySelector<HTMLElement>(`[data-stop="${pos.stop}"]`) ??
      this.renderRoot.querySelector<HTMLElement>('[data-row="0"] [data-stop="0"]')
    );
  }

  private rescale = (): void => {
    if (this.rescaleTo) this.domain = this.rescaleTo;
    this.rescaleTo = undefined;
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
      this.dialog = reloadedDialog(this.i18n, this.dialog ?? d, original, latest);
      if (!latest) this.refresh();
      await this.dialogs.focusNotice();
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
