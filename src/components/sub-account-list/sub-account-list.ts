import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AccountListItem, AccountStatus } from '../../api/schemas/index.js';
import { BannerController } from '../../core/banner.js';
import { countText } from '../../core/count.js';
import { DialogController } from '../../core/dialog.js';
import { unreadableRows } from '../../core/parts/unreadable-rows.js';
import { allowed, announce } from '../../core/events.js';
import type { Localizer } from '../../core/localize.js';
import { canWrite, principalOf } from '../../core/principal.js';
import { SEARCH_PAUSE_MS } from '../../core/search-pause.js';
import { emptyState, errorState, errorText, loadingState, noClientState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import accountStrings from '../../locales/en/accounts.js';
import { switchScope } from '../scope-banner/switch-scope.js';
import type { AccountDetail, AccountUpdateDetail } from '../sub-account-form/events.js';
import {
  renderFormDialog,
  renderStatusDialog,
  type FormTarget,
  type StatusChange,
} from './account-dialogs.js';
import { renderAccountTable } from './account-table.js';
import { AccountBranches } from './branches.js';
import { renderPagination, renderToolbar } from './list-controls.js';
import { NO_FILTERS, isSearching, queryOf, type Filters } from './list-filters.js';
import { styles } from './sub-account-list.styles.js';

export type { ScopeChangeDetail } from '../scope-banner/switch-scope.js';

/**
 * @summary The accounts below the scope as a tree (reseller → customers → sub-accounts), for
 * provisioning, finding, editing, suspending and working as customers (seeds 000, 001, 004).
 *
 * The root is `account-id`, else the principal's own account. Children load when a row is
 * expanded. Searching by name or reference, or any filter, lists matches from the whole subtree,
 * each with its path. "Work as" sets the enclosing `<tk-provider>`'s `account-id` (after the
 * cancelable `tk-scope-change`), so every element on the page works on that account.
 *
 * @csspart toolbar - Search, filters, sort and "new customer".
 * @csspart search - The search field.
 * @csspart filter - The filter and sort selects.
 * @csspart create - The "new customer" button.
 * @csspart table - The accounts table.
 * @csspart row - One account's row.
 * @csspart toggle - The expand/collapse button of a row with sub-accounts.
 * @csspart badge - Trial, internal demo and suspended badges.
 * @csspart work-as - The "work as" button of a row.
 * @csspart row-menu - The button of a row's menu: edit, new sub-account, suspend or reactivate.
 * @csspart pagination - Paging controls.
 * @csspart dialog - The form and confirmation dialogs.
 * @csspart confirm - The confirming button of the suspend/reactivate dialog.
 * @csspart banner - The message after an action.
 * @csspart loading - The loading state.
 * @csspart empty - The empty and no-match states.
 * @csspart error - Error panels.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --tk-color-selected - Background of the row worked as.
 *
 * @cssstate loading - The first page is loading.
 * @cssstate error - The list could not be loaded.
 * @cssstate empty - There are no accounts below the root.
 *
 * @event {TkEvent<ScopeChangeDetail>} tk-scope-change - Before the page works as another account; cancelable.
 * @event {TkEvent<AccountDetail>} tk-account-edit - Before the edit form opens; cancel it to edit on a page of your own.
 * @event {TkEvent<AccountUpdateDetail>} tk-account-update - Before suspending or reactivating; cancelable.
 * @event {TkEvent<AccountDetail>} tk-account-updated - An account was suspended, reactivated or edited.
 * @event {TkEvent<AccountDetail>} tk-account-created - An account was created in the dialog.
 */
export class TkSubAccountList extends TkElement {
  static override catalogs = { accounts: accountStrings };
  static override styles = [...TkElement.styles, styles];

  /** The account whose subtree is listed; defaults to the principal's own account. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Top-level accounts per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  @state() private filters: Filters = { ...NO_FILTERS, sort: 'name', offset: 0 };
  @state() private searchText = '';
  @state() private revision = 0;
  @state() private formTarget?: FormTarget;
  @state() private confirming?: StatusChange;
  @state() private busy = false;
  /** The primary admin's address of the account being created in the dialog (its success message names it). */
  private invitee = '';

  @query('#form-dialog') private formDialogEl?: HTMLDialogElement;
  @query('#confirm-dialog') private confirmDialogEl?: HTMLDialogElement;

  private searchTimer?: ReturnType<typeof setTimeout>;
  private branches = new AccountBranches(this, { api: () => this.api, sort: () => this.filters.sort });
  private banner = new BannerController(this, () => `${this.rootId}|${this.i18n.locale}`);
  private formDialog = new DialogController(this, {
    dialog: () => this.formDialogEl,
    dirty: () => !!this.renderRoot.querySelector('tk-sub-account-form')?.dirty,
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('#search'),
    onClosed: () => (this.formTarget = undefined),
  });
  private confirmDialog = new DialogController(this, {
    dialog: () => this.confirmDialogEl,
    busy: () => this.busy,
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('#search'),
    onClosed: () => (this.confirming = undefined),
  });

  private meTask = new Task(this, {
    task: ([api]) => (api ? principalOf(api) : Promise.reject(new Error('no client'))),
    args: () => [this.api] as const,
  });

  private typesTask = new Task(this, {
    task: ([api], { signal }) => (api ? api.listProductTypes({ signal }) : Promise.resolve([])),
    args: () => [this.api] as const,
  });

  private listTask = new Task(this, {
    task: async ([api, root, filters, limit], { signal }) => {
      if (!api) throw new Error('no client');
      const rootId = root || (await principalOf(api)).account.id;
      const page = await api.listChildAccounts(rootId, queryOf(filters, limit), { signal });
      return { rootId, ...page };
    },
    args: () => [this.api, this.accountId, this.filters, this.pageSize, this.revision] as const,
  });

  private get rootId(): string | undefined {
    return this.accountId || this.listTask.value?.rootId;
  }

  private get writable(): boolean {
    return canWrite(this.meTask.value);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('accountId')) this.branches.clear();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const failed = this.listTask.status === TaskStatus.ERROR;
    const page = this.listTask.value;
    this.setState('loading', !failed && !page);
    this.setState('error', failed);
    this.setState('empty', !failed && page?.total === 0 && !isSearching(this.filters));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  // ---- rendering ----

  protected override render() {
    const l = this.i18n;
    if (!this.api) return noClientState(l);
    const readOnly = this.meTask.status === TaskStatus.COMPLETE && !this.writable;
    return html`${renderToolbar({
      l,
      filters: this.filters,
      searchText: this.searchText,
      types: this.typesTask.value ?? [],
      writable: this.writable,
      canCreate: !!this.rootId,
      onSearchInput: this.onSearchInput,
      onSearchEnter: () => this.applySearch(),
      onFilter: (id, value) => (this.filters = { ...this.filters, [id]: value, offset: 0 }),
      onCreate: (trigger) => void this.openCreate(this.rootId, trigger),
    })}
    ${readOnly ? html`<p class="hint">${l.t('accounts.list.readOnly')}</p>` : nothing}
    ${this.banner.render(l)} ${this.renderList(l)}
    ${renderFormDialog({
      l,
      target: this.formTarget,
      control: this.formDialog,
      onCreate: (detail) => (this.invitee = detail.body.primaryAdmin.email),
      onSaved: this.onSaved,
    })}
    ${renderStatusDialog({
      l,
      confirming: this.confirming,
      control: this.confirmDialog,
      busy: this.busy,
      onConfirm: (c) => void this.setStatus(c.account, c.status),
    })}`;
  }

  private renderList(l: Localizer): TemplateResult {
    const task = this.listTask;
    if (task.status === TaskStatus.ERROR) return errorState(l, task.error, () => this.revision++);
    const page = task.value;
    if (!page) return loadingState(l);
    const searching = isSearching(this.filters);
    if (page.total === 0) {
      if (searching)
        return emptyState(
          l.t('accounts.list.noMatch'),
          html`<button class="btn" type="button" @click=${this.clearFilters}>
            ${l.t('accounts.list.clear')}
          </button>`,
        );
      return emptyState(l.t('accounts.list.empty'));
    }
    return html`<p class="count" role="status">${countText(l, 'common.results', page)}</p>
      ${unreadableRows(l, page.unreadable)}
      ${renderAccountTable({
        l,
        items: page.items,
        busy: task.status === TaskStatus.PENDING,
        searching,
        branches: this.branches,
        currentId: this.provided?.accountId,
        types: this.typesTask.value,
        writable: this.writable,
        onWorkAs: (a) => switchScope(this, a, this.meTask.value?.account.id),
        onEdit: (a, trigger) => void this.openEdit(a, trigger),
        onCreateSub: (a, trigger) => void this.openCreate(a.id, trigger),
        onToggleStatus: (a, trigger) => void this.askStatus(a, trigger),
      })}
      ${renderPagination({
        l,
        counted: page,
        offset: this.filters.offset,
        shown: page.items.length,
        pageSize: this.pageSize,
        onPage: (delta) => this.page(delta),
      })}`;
  }

  // ---- interaction ----

  private onSearchInput = (e: Event) => {
    this.searchText = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_PAUSE_MS);
  };

  private applySearch() {
    clearTimeout(this.searchTimer);
    const q = this.searchText.trim();
    if (q !== this.filters.q) this.filters = { ...this.filters, q, offset: 0 };
  }

  private clearFilters = () => {
    this.searchText = '';
    this.filters = { ...this.filters, ...NO_FILTERS, offset: 0 };
  };

  private page(delta: number) {
    const offset = Math.max(0, this.filters.offset + delta * this.pageSize);
    this.filters = { ...this.filters, offset };
  }

  /** `trigger` gets the focus back when the dialog closes. */
  private async openCreate(parentId: string | undefined, trigger: HTMLElement) {
    if (!parentId) return;
    this.formTarget = { mode: 'create', parentId };
    await this.formDialog.open(trigger);
  }

  private async openEdit(a: AccountListItem, trigger: HTMLElement) {
    if (!allowed<AccountDetail>(this, 'tk-account-edit', { account: a })) return;
    this.formTarget = { mode: 'edit', accountId: a.id };
    await this.formDialog.open(trigger);
  }

  private onSaved = (e: Event) => {
    e.stopPropagation();
    const detail = (e as CustomEvent<AccountDetail>).detail;
    announce(this, e.type, detail);
    const l = this.i18n;
    const name = detail.account.name;
    this.banner.show(
      'success',
      e.type === 'tk-account-created'
        ? l.t('accounts.created', { name, email: this.invitee })
        : l.t('accounts.updated', { name }),
    );
    this.formDialog.close();
    this.refresh(detail.account.parentId);
  };

  /** Reloads the page and the expanded branch the change happened in. */
  private refresh(parentId: string | null) {
    this.revision++;
    this.branches.reload(parentId, this.listTask.value?.items ?? []);
  }

  private async askStatus(a: AccountListItem, trigger: HTMLElement) {
    this.confirming = { account: a, status: a.status === 'active' ? 'suspended' : 'active' };
    await this.confirmDialog.open(trigger);
  }

  private async setStatus(a: AccountListItem, status: AccountStatus) {
    const api = this.api;
    if (!api || this.busy) return;
    const patch = { status };
    if (!allowed<AccountUpdateDetail>(this, 'tk-account-update', { account: a, patch })) return;
    this.busy = true;
    const l = this.i18n;
    try {
      const account = await api.updateAccount(a, patch);
      announce<AccountDetail>(this, 'tk-account-updated', { account });
      this.confirmDialog.close();
      this.banner.show(
        'success',
        l.t(status === 'suspended' ? 'accounts.suspended' : 'accounts.reactivated', { name: a.name }),
      );
      this.refresh(a.parentId);
    } catch (error) {
      this.confirmDialog.close();
      this.banner.show('error', errorText(l, error));
    } finally {
      this.busy = false;
    }
  }
}
