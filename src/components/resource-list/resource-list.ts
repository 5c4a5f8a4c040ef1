import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Me, Resource, ResourceKind, ResourceSelection } from '../../api/schemas/index.js';
import { BannerController } from '../../core/banner.js';
import { DialogsOnFirstUse } from '../../core/on-first-use.js';
import { canWrite, principalTask } from '../../core/principal.js';
import { SEARCH_PAUSE_MS } from '../../core/search-pause.js';
import { unreadableRows } from '../../core/parts/unreadable-rows.js';
import { TkElement } from '../../core/tk-element.js';
import resourceStrings from '../../locales/en/resources.js';
import { settled } from '../../core/virtual/settled.js';
import { VirtualScroll } from '../../core/virtual/virtual-scroll.js';
import { ActionMenu } from './action-menu.js';
import { columnTracks, DEFAULT_SORT } from './columns.js';
import { renderListBody } from './list-body.js';
import { ListFocus } from './list-focus.js';
import { ListSelection, rowIndexOf } from './list-selection.js';
import { renderSelectionBar, renderToolbar } from './list-toolbar.js';
import { menuItems, type MenuAction } from './menu.js';
import { identifierOf, moveBody, seenVersions } from './move-selection.js';
import {
  NO_FILTER,
  isUnfiltered,
  nextSort,
  selectionQuery,
  type ResourceFilter,
  type ResourceSort,
  type ResourceSortField,
} from './query.js';
import type { ResourceDialogs } from './resource-dialogs.js';
import { resourceListStyles } from './resource-list.styles.js';
import { renderHeader, renderRows } from './resource-rows.js';
import { ResourceSource } from './resource-source.js';
import { Selection } from './selection.js';

export type {
  TkResourceCapChangeDetail,
  TkResourceDetail,
  TkResourcesMoveDetail,
  TkResourcesMovedDetail,
} from './events.js';
export type { ResourceFilter, ResourceSort, ResourceSortField } from './query.js';

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
 * @csspart banner - The message when a dialog could not be loaded.
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

  @state() private notice = '';
  /** What the filter fields hold while typing (applied after a pause). */
  @state() private typed = { q: '', accountName: '' };
  /** Bumped whenever the rows have news. */
  @state() private revision = 0;

  @query('.scroller') private scroller?: HTMLElement;
  @query('dialog') private dialogEl?: HTMLDialogElement;
  @query('.menu') private menuEl?: HTMLElement;

  private readonly menu = new ActionMenu(this, {
    l: () => this.i18n,
    menu: () => this.menuEl,
    items: () => menuItems(this.i18n, this.selectedCount, this.selection.single()),
    fallbackFocus: () => this.gridFocus.focusable(),
    rtl: () => this.matches(':dir(rtl)'),
    onActivate: (action, trigger) => this.onMenuActivate(action, trigger),
  });

  private readonly principal = principalTask(this, () => this.api);

  /** The move, cap and rename dialogs, loaded when one is first opened (issue 21). */
  private readonly dialogs = new DialogsOnFirstUse(async () => {
    const { ResourceDialogs } = await import('./resource-dialogs.js');
    return new ResourceDialogs(this, {
      api: () => this.api,
      accountId: () => this.effectiveAccountId,
      root: () => this.me?.actingFor,
      subtree: () => this.scope !== 'account',
      l: () => this.i18n,
      dialog: () => this.dialogEl,
      fallbackFocus: () => this.gridFocus.focusable(),
      identifierOf: (id) => identifierOf([this.rows.cache, this.rows.previous], id),
      onMoved: (failed) => {
        this.selection.value = failed.length ? Selection.of(failed) : Selection.none;
      },
      notify: (text) => {
        this.notice = text;
      },
      refresh: () => this.refresh(),
    });
  });
  /** Says so when a dialog's code could not be fetched. */
  private readonly banner = new BannerController(
    this,
    () => `${this.effectiveAccountId ?? ''}|${this.i18n.locale}`,
  );

  private readonly rows = new ResourceSource(() => this.revision++);
  private readonly virtual = new VirtualScroll(this, {
    root: () => this.renderRoot,
    total: () => this.total ?? 0,
    tracks: () => {
      const tracks = columnTracks(this.writable);
      return { '--_columns': tracks.wide, '--_columns-narrow': tracks.narrow };
    },
  });
  private readonly selection: ListSelection = new ListSelection(this, {
    l: () => this.i18n,
    rows: this.rows,
    writable: () => this.writable,
    focus: () => this.gridFocus,
    announce: (text) => {
      this.notice = text;
    },
  });
  private readonly gridFocus = new ListFocus(this, {
    root: () => this.renderRoot,
    scroller: () => this.scroller,
    scrollWindow: this.virtual.window,
    rows: this.rows,
    writable: () => this.writable,
    selection: this.selection,
    openMenu: () => this.openMenuFromRow(),
  });
  private timers: Partial<Record<'q' | 'accountName', ReturnType<typeof setTimeout>>> = {};
  private lastFilter = NO_FILTER;

  /** Resolves once the principal, the visible rows and the render are settled. */
  async whenReady(): Promise<void> {
    await this.principal.taskComplete.catch(() => undefined);
    await this.dialogs.settled();
    await settled(this, () => this.rows.cache);
  }

  /** Loads the list again; the current rows stay until the new ones arrive. */
  refresh(): void {
    this.rows.refresh();
    this.requestUpdate();
  }

  /** How many resources are selected. */
  get selectedCount(): number {
    return this.selection.count;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rows.dispose();
    for (const t of Object.values(this.timers)) clearTimeout(t);
    this.dialogs.value?.dispose();
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
    return this.rows.total;
  }

  private rowAt(index: number): Resource | undefined {
    return this.rows.rowAt(index);
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
    this.virtual.compute(this.rows.cache);
    const total = this.total;
    const settled = this.principalSettled;
    const cache = this.rows.cache;
    const failed = cache ? cache.error !== undefined && total === undefined : settled;
    this.setState('error', failed);
    this.setState('loading', !failed && (total === undefined || !settled));
    this.setState('empty', settled && total === 0);
    this.setState('no-match', settled && total === 0 && !isUnfiltered(this.filter));
    this.setState('read-only', settled && !!this.me && !this.writable);
    this.setState('selected', !this.selection.value.empty && this.selectedCount > 0);
  }

  /** Starts a new query when the client, account, filters, kind, scope or sort changed. */
  private followQuery(): void {
    const api = this.api;
    const accountId = this.effectiveAccountId;
    if (!api || !accountId || !this.principalSettled) {
      if (!api) this.rows.dispose();
      return;
    }
    const change = this.rows.follow(api, accountId, this.currentSelectionQuery, this.sort);
    if (change?.newSelection && !this.selection.value.empty) this.selection.clear();
    if (change?.newRows) {
      this.virtual.reset();
      this.gridFocus.index = 0;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.virtual.layout();
    this.menu.place();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const l = this.i18n;
    return html`${this.renderToolbar()} ${this.renderSelectionBar()} ${this.banner.render(l)}
      ${unreadableRows(l, this.rows.cache?.unreadable)} ${this.renderBody()} ${this.menu.render()}
      ${this.dialogs.value?.render() ?? nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.notice}</div>`;
  }

  private renderToolbar(): TemplateResult {
    return renderToolbar({
      l: this.i18n,
      filter: this.filter,
      typed: this.typed,
      total: this.total,
      totalExact: this.rows.totalExact,
      onType: (field, value) => this.onType(field, value),
      onFilter: (next) => this.changeFilter(next),
    });
  }

  private renderSelectionBar(): TemplateResult | typeof nothing {
    const l = this.i18n;
    if (!this.principalSettled || !this.me) return nothing;
    if (!this.writable) return html`<p class="hint read-only-note">${l.t('resources.readOnly')}</p>`;
    const total = this.total ?? 0;
    const selection = this.selection.value;
    const count = selection.count(total);
    return renderSelectionBar({
      l,
      total,
      totalExact: this.rows.totalExact,
      count,
      countText: count ? this.selection.countText(count) : '',
      allSelected: selection.mode === 'all' && selection.ids.size === 0,
      menuOpen: this.menu.open,
      onActions: this.onActionsButton,
      onSelectAll: this.selection.selectAll,
      onClear: this.selection.clear,
    });
  }

  private renderBody(): TemplateResult {
    const writable = this.writable;
    const retry = () => this.rows.cache?.retry(this.virtual.window.start, this.virtual.window.end);
    return renderListBody({
      l: this.i18n,
      cache: this.rows.cache,
      principalError: this.principal.error,
      onPrincipalRetry: () => void this.principal.run(),
      hasClient: !!this.api,
      total: this.total,
      totalExact: this.rows.totalExact,
      unfiltered: isUnfiltered(this.filter),
      writable,
      onRetry: retry,
      onShowAll: () => this.changeFilter(NO_FILTER),
      header: () =>
        renderHeader({ l: this.i18n, writable, sort: this.sort, onSort: (field) => this.toggleSort(field) }),
      rows: () =>
        renderRows({
          l: this.i18n,
          writable,
          start: this.virtual.window.start,
          end: this.virtual.window.end,
          rowAt: (index) => this.rowAt(index),
          focusIndex: this.gridFocus.index,
          selection: this.selection.value,
        }),
      onScroll: this.virtual.onScroll,
      onKeydown: this.gridFocus.onKeydown,
      onClick: this.selection.onClick,
      onMousedown: this.selection.onMousedown,
      onContextMenu: this.onContextMenu,
    });
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
    this.sort = nextSort(this.sort ?? DEFAULT_SORT, field);
  }

  // ——— menu ———

  private onActionsButton = (e: MouseEvent): void => {
    const button = e.currentTarget as HTMLElement;
    if (this.menu.open) return this.menu.close(true);
    void this.menu.showBelow(button);
  };

  private onContextMenu = (e: MouseEvent): void => {
    if (!this.writable) return;
    const index = rowIndexOf(e);
    const r = index === undefined ? undefined : this.rowAt(index);
    if (!r || index === undefined) return;
    e.preventDefault();
    const selection = this.selection.value;
    if (!selection.has(r.id)) this.selection.value = selection.only(r.id, index);
    this.gridFocus.index = index;
    void this.menu.showAtPointer(e, this.rowElement(index));
  };

  private openMenuFromRow(): void {
    const index = this.gridFocus.index;
    const r = this.rowAt(index);
    // The menu acts on the selection; with nothing selected, on the focused row.
    if (r && this.selectedCount === 0) this.selection.value = this.selection.value.only(r.id, index);
    void this.menu.showAtRow(this.rowElement(index));
  }

  private rowElement(index: number): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>(`.body [data-index="${index}"]`) ?? undefined;
  }

  private onMenuActivate(action: MenuAction, trigger?: HTMLElement): void {
    const one = this.selection.single();
    if (action === 'move') this.openMove(trigger);
    else if (one && action === 'setCap') this.withDialogs((d) => d.openCap(one, trigger));
    else if (one && action === 'removeCap') this.withDialogs((d) => d.openRemoveCap(one, trigger));
    else if (one && action === 'rename') this.withDialogs((d) => d.openRename(one, trigger));
  }

  private openMove(trigger?: HTMLElement): void {
    const s = this.selection.value;
    // The previous query's rows first: the current one's versions win.
    const versions = seenVersions([this.rows.previous, this.rows.cache], s);
    const body = moveBody(s, this.currentSelectionQuery, versions);
    const { count, countExact } = this.selection;
    this.withDialogs((d) => d.openMove(body, count, countExact, trigger));
  }

  /** Opens a dialog once their code is loaded. */
  private withDialogs(open: (dialogs: ResourceDialogs) => unknown): void {
    this.dialogs.open(open, () => this.banner.show('error', this.i18n.t('error.network')));
  }
}
