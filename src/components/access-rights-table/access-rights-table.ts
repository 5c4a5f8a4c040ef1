import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AccessRight } from '../../api/schemas/index.js';
import { BannerController } from '../../core/banner.js';
import { allowed, announce } from '../../core/events.js';
import { DialogsOnFirstUse } from '../../core/on-first-use.js';
import { canWrite, principalTask } from '../../core/principal.js';
import { unreadableRows } from '../../core/parts/unreadable-rows.js';
import { TkElement } from '../../core/tk-element.js';
import { settled } from '../../core/virtual/settled.js';
import { VirtualScroll } from '../../core/virtual/virtual-scroll.js';
import accessRightsStrings from '../../locales/en/access-rights.js';
import { accessRightsTableStyles } from './access-rights-table.styles.js';
import { renderSizer } from './column-fit.js';
import { ColumnSizer } from './column-sizer.js';
import { DEFAULT_COLUMNS, resolveColumns, timelineColumns, type ResolvedColumn } from './columns.js';
import { exportView } from './csv-export.js';
import { DefaultProvider } from './default-provider.js';
import type { TkFilterChangeDetail, TkOfferOpenDetail, TkSortChangeDetail } from './events.js';
import { isUnfiltered, nextSort, today } from './filters.js';
import { GridFocus } from './grid-focus.js';
import { focusStops, positionOf, tabPosition } from './grid-navigation.js';
import type { GridHandlers, GridView } from './grid-rows.js';
import { ListenerCount } from './listener-count.js';
import type { DialogState } from './right-dialog.js';
import { RowSource } from './row-source.js';
import { SourceGrace } from './source-grace.js';
import { renderBody } from './table-body.js';
import { timelineLegend } from './timeline.js';
import { TimelineScale } from './timeline-scale.js';
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
  @state() private exporting = false;
  /** The right just created or saved, highlighted until the next change. */
  @state() private highlighted?: string;
  /** Bumped whenever the row cache has news. */
  @state() private cacheRevision = 0;

  @query('.scroller') private scroller?: HTMLElement;
  @query('dialog') private dialogEl?: HTMLDialogElement;
  @query('.sizer') private sizer?: HTMLElement;

  private readonly principal = principalTask(this, () => this.api);

  private readonly rows = new RowSource(() => this.cacheRevision++);
  private readonly clientProvider = new DefaultProvider();
  /** `tk-offer-open` listeners on the element: with one, offer IDs become buttons. */
  private readonly offerListeners = new ListenerCount(this);
  private readonly virtual = new VirtualScroll(this, {
    root: () => this.renderRoot,
    total: () => this.total ?? 0,
    tracks: () => {
      const tracks = this.columnSizer.tracks(this.columnsInView);
      return { '--_columns': tracks.columns, '--_min-width': tracks.minWidth };
    },
    expanded: () => this.expandedInWindow(),
    onResize: (scroller) => {
      this.columnSizer.measure(this.columnsInView, scroller.clientWidth);
      return this.columnSizer.refit(this.columnsInView, this.total ?? 0);
    },
    measureNextFrame: true,
  });
  private readonly scale = new TimelineScale(this);
  private readonly source = new SourceGrace(
    () => !!this.api || !!this.dataProvider,
    () => this.requestUpdate(),
  );
  private rtl = false;
  private columnsInView: ResolvedColumn[] = [];
  /** What `columnsInView` was resolved from: it is resolved again only when one of these changes. */
  private columnsFrom: readonly unknown[] = [];
  private searchTimer?: ReturnType<typeof setTimeout>;
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
  /** The create, edit and delete dialog, loaded when one is first opened. */
  private readonly actions = new DialogsOnFirstUse(async () => {
    const { RightActions } = await import('./right-actions.js');
    return new RightActions(this, {
      api: () => this.api,
      accountId: () => this.effectiveAccountId,
      l: () => this.i18n,
      dialog: () => this.dialogEl,
      fallbackFocus: () => this.gridFocus.target(this.gridFocus.active),
      onOpen: () => {
        this.highlighted = undefined;
        this.feedback.clear();
      },
      onSaved: (_right, notice) => this.feedback.show('success', notice),
      refresh: () => this.refresh(),
      onDone: (right, deleted) => {
        if (deleted && this.deletingRow !== undefined) return this.gridFocus.focusNeighbour(this.deletingRow);
        this.highlighted = right.id;
        return this.gridFocus.focusRight(right.id);
      },
    });
  });
  private readonly gridFocus = new GridFocus(this, {
    root: () => this.renderRoot,
    scroller: () => this.scroller,
    scrollWindow: this.virtual.window,
    rows: this.rows,
    rtl: () => this.rtl,
    stopCount: (row) => this.stopCount(row),
    toggleRow: (right, index) => this.toggleRow(right, index),
    whenReady: () => this.whenReady(),
  });
  private readonly columnSizer = new ColumnSizer(() => this.sizer);

  /** @internal Counts `tk-offer-open` listeners, so that offer IDs are buttons only when something listens. */
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
    if (type === 'tk-offer-open') this.offerListeners.added(listener);
  }

  /** @internal */
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
    if (type === 'tk-offer-open') this.offerListeners.removed(listener);
  }

  /** Resolves once the principal, the visible rows and the render are all settled. */
  async whenReady(): Promise<void> {
    await this.principal.taskComplete.catch(() => undefined);
    await this.actions.settled();
    await settled(this, () => this.rows.cache);
  }

  /** Loads the rows again (keeps showing the current ones until the new ones arrive). */
  refresh(): void {
    this.rows.reload(this.sort, this.filter, this.virtual.window.start, this.virtual.window.end);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source.cancel();
    this.columnSizer.cancel();
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

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.source.follow(() => this.isConnected);
    const provider = this.dataProvider ?? this.clientProvider.for(this.api, this.effectiveAccountId);
    if (this.rows.follow(provider, this.sort, this.filter)) {
      this.virtual.reset();
      this.scale.reset();
      this.gridFocus.active = {
        row: Math.min(this.gridFocus.active.row, 0),
        stop: this.gridFocus.active.stop,
      };
    }
    if (changed.has('view')) {
      this.virtual.window.geometry.clear();
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

    const total = this.total;
    const settled = this.principalSettled;
    const cache = this.rows.cache;
    // Without a row source once the principal is known, there is no client or no account to show.
    const failed = cache
      ? cache.error !== undefined && total === undefined
      : settled && (!!this.api || this.source.sourceless);
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
    this.virtual.compute(this.rows.cache);
    if (this.view !== 'timeline') return;
    const loaded: AccessRight[] = [];
    for (let i = this.virtual.window.start; i <= this.virtual.window.end; i++) {
      const r = this.rowAt(i);
      if (r) loaded.push(r);
    }
    this.scale.follow(this.rows.cache?.timeRange, loaded);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const scroller = this.scroller;
    if (!scroller) {
      this.columnSizer.ahead(this.columnsInView, () => (this.scroller ? undefined : this.clientWidth));
      return;
    }
    // The columns are fitted first: the geometry sets their tracks.
    this.columnSizer.fit(this.columnsInView, scroller, this.total ?? 0);
    this.virtual.layout();
  }

  /** Positions in the rendered window whose right is expanded. */
  private expandedInWindow(): number[] {
    const indexes: number[] = [];
    for (let i = this.virtual.window.start; i <= this.virtual.window.end; i++) {
      const id = this.rowAt(i)?.id;
      if (id !== undefined && this.expanded.has(id)) indexes.push(i);
    }
    return indexes;
  }

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
          ? timelineLegend(this.i18n, this.scale.canRescale ? this.scale.rescale : undefined)
          : nothing
      }
      ${this.actions.value?.render() ?? nothing} ${renderSizer(this.columnsInView)}
    `;
  }

  private renderBody(): TemplateResult {
    return renderBody({
      l: this.i18n,
      rows: this.rows,
      start: this.virtual.window.start,
      end: this.virtual.window.end,
      principalError: this.principal.error,
      retryPrincipal: () => this.principal.run(),
      hasSource: !!this.api || !!this.dataProvider,
      sourceless: this.source.sourceless,
      settled: this.principalSettled,
      unfiltered: this.unfiltered,
      showAll: () => this.changeFilter({ q: '', status: 'all', validOn: 'all' }),
      grid: () => this.gridView(),
      onScroll: this.virtual.onScroll,
      onKeydown: this.gridFocus.onKeydown,
      onFocusin: this.gridFocus.onFocusin,
    });
  }

  private gridView(): GridView {
    return {
      l: this.i18n,
      columns: this.columnsInView,
      sort: this.sort,
      domain: this.scale.domain,
      rtl: this.rtl,
      offerHref: this.offerHref,
      offerButtons: this.offerListeners.any,
      highlighted: this.highlighted,
      tab: tabPosition(this.gridFocus.active, this.virtual.window.start, this.virtual.window.end, (row) =>
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
    if (expanded.delete(right.id)) this.virtual.window.geometry.setExtra(index, undefined);
    else expanded.add(right.id);
    this.expanded = expanded;
  }

  // ——— dialogs ———

  /** Opens the dialog; focus returns to `e`'s button when it closes (or to a neighbour row). */
  private openDialog(e: Event, mode: DialogState['mode'], right?: AccessRight): void {
    const trigger = e.currentTarget as HTMLElement;
    this.actions.open(
      (actions) => {
        this.deletingRow = mode === 'delete' ? positionOf(trigger)?.row : undefined;
        actions.open(trigger, mode, right);
      },
      () => this.feedback.show('error', this.i18n.t('error.network')),
    );
  }

  // ——— export ———

  /** Exports the current filtered, sorted view as CSV, unless the host takes it over. */
  private exportCsv = async (): Promise<void> => {
    const provider = this.rows.provider;
    if (!provider || this.exporting) return;
    this.exporting = true;
    try {
      await exportView(this, provider, this.columnsInView, this.sort, this.filter, this.effectiveAccountId);
    } catch (error) {
      announce(this, 'tk-error', { error, operation: 'export' });
    } finally {
      this.exporting = false;
    }
  };
}
