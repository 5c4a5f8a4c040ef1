import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { User } from '../../api/schemas/index.js';
import { BannerController } from '../../core/banner.js';
import { DialogController } from '../../core/dialog.js';
import { countText } from '../../core/count.js';
import { DialogsOnFirstUse } from '../../core/on-first-use.js';
import { canWrite, principalOf } from '../../core/principal.js';
import { unreadableRows } from '../../core/parts/unreadable-rows.js';
import { emptyState, errorState, loadingState, noClientState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import userManagerStrings from '../../locales/en/user-manager.js';
import {
  doneSentence,
  renderBulkBar,
  renderResults,
  runAction,
  type Outcome,
  type UserAction,
} from './bulk-actions.js';
import { renderConfirmDialog, type Confirmation } from './confirm-dialog.js';
import { renderPagination, renderToolbar } from './list-controls.js';
import { ListQueryController, toUserListQuery } from './list-query.js';
import { toggleSelection } from './selection.js';
import { styles } from './user-manager.styles.js';
import { renderUserTable } from './user-table.js';

export type { PasswordLinkSentDetail, UserCreateDetail, UserDetail, UserUpdateDetail } from './events.js';

/**
 * @summary Lists, invites, edits, disables and deletes the users of one account, and sends
 * them password links. Administrators never set or see passwords.
 *
 * The account is `account-id`, else the provider's `account-id`, else the account the
 * principal acts for. Normal users (`role: 'user'`) get a read-only list.
 *
 * @csspart toolbar - Search, filters and the "new user" button.
 * @csspart search - The search field.
 * @csspart filter - The role and status filters.
 * @csspart create - The "new user" button.
 * @csspart bulk-actions - The bar of actions for the selected users.
 * @csspart results - The per-user result of a bulk action.
 * @csspart banner - The message after a successful or failed action.
 * @csspart table - The users table.
 * @csspart header-row - The table's header row.
 * @csspart sort - The sort buttons in the column headers.
 * @csspart row - One user's row.
 * @csspart cell - One table cell.
 * @csspart pagination - Paging controls.
 * @csspart page-size - The page size selector.
 * @csspart page-jump - The page number field.
 * @csspart row-menu - The button of a row's menu of further actions.
 * @csspart discard - The "discard your changes?" question in the dialog.
 * @csspart summary - The form's list of problems.
 * @csspart changes - After a 412 reload: what someone else changed.
 * @csspart stale - The 412 notice.
 * @csspart dialog - The create/edit and confirmation dialogs.
 * @csspart form - The create/edit form.
 * @csspart submit - The form's submit button.
 * @csspart confirm - The confirmation button of a confirmation dialog.
 * @csspart loading - The loading state.
 * @csspart empty - The empty and no-match states.
 * @csspart error - Error panels and banners.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --tk-color-primary - Primary buttons and focus rings.
 * @cssprop --tk-color-surface - Background of the table and dialogs.
 * @cssprop --tk-color-surface-raised - Header row and hover background.
 * @cssprop --tk-color-text - Text.
 * @cssprop --tk-color-text-muted - Hints and secondary text.
 * @cssprop --tk-color-border - Borders of controls and table rows.
 * @cssprop --tk-color-selected - Background of selected rows.
 * @cssprop --tk-color-danger - Errors and destructive actions.
 * @cssprop --tk-color-success - Success messages and the "active" status.
 * @cssprop --tk-color-warning - The "invited" status.
 * @cssprop --tk-font-family - Font.
 * @cssprop --tk-radius - Corner radius.
 * @cssprop --tk-space-s - Small spacing; `--tk-space-xs`, `--tk-space-m` and `--tk-space-l` as well.
 * @cssprop --tk-user-manager-dialog-width - Width of the create/edit dialog (default 36rem).
 * @cssprop --tk-user-manager-background - Background of the element (default: the surface colour).
 * @cssprop --tk-color-control-border - Borders of inputs and buttons (3:1 against the surface).
 * @cssprop --tk-color-link - Links.
 *
 * @cssstate loading - The first page of users is loading.
 * @cssstate error - The list could not be loaded.
 * @cssstate empty - The account has no users yet.
 * @cssstate read-only - The principal may only look (normal users).
 *
 * @event {TkEvent<UserCreateDetail>} tk-user-create - Before a user is created; cancelable.
 * @event {TkEvent<UserDetail>} tk-user-created - A user was created and invited.
 * @event {TkEvent<UserUpdateDetail>} tk-user-update - Before a user is changed (also disable/enable); cancelable.
 * @event {TkEvent<UserDetail>} tk-user-updated - A user was changed.
 * @event {TkEvent<UserDetail>} tk-user-delete - Before a user is deleted; cancelable.
 * @event {TkEvent<UserDetail>} tk-user-deleted - A user was deleted.
 * @event {TkEvent<UserDetail>} tk-password-link-send - Before a password link is sent; cancelable.
 * @event {TkEvent<PasswordLinkSentDetail>} tk-password-link-sent - A password link was sent.
 * @event {TkEvent<TkErrorDetail>} tk-error - A failure the host must act on (the session ended).
 */
export class TkUserManager extends TkElement {
  static override catalogs = { 'user-manager': userManagerStrings };
  static override styles = [...TkElement.styles, styles];

  /** The account whose users are managed; defaults to the provider's, then the principal's. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Users per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  @state() private revision = 0;
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private results?: Outcome[];
  @state() private confirming?: Confirmation;

  @query('#confirm-dialog') private confirmDialog?: HTMLDialogElement;

  /** The account whose page and selection are shown, to start afresh when it changes. */
  private shownAccount?: string;
  private anchor?: number;

  private list = new ListQueryController(this, () => this.clearSelection());

  /** Feedback after an action; gone on another account or language. */
  private banner = new BannerController(
    this,
    () => `${this.accountId || this.provided?.accountId || ''}|${this.resolvedLocale}`,
    () => (this.results = undefined),
  );

  private meTask = new Task(this, {
    task: ([api]) => (api ? principalOf(api) : Promise.reject(new Error('no client'))),
    args: () => [this.api] as const,
  });

  private usersTask = new Task(this, {
    task: async ([api, accountId, list, limit], { signal }) => {
      if (!api) throw new Error('no client');
      const account = accountId ?? (await principalOf(api)).actingFor.id;
      let offset = list.offset;
      let page = await api.listUsers(account, toUserListQuery(list, limit), { signal });
      if (!page.items.length && page.total > 0 && offset > 0) {
        // The page emptied (its users were deleted): show the last page that has users.
        offset = Math.floor((page.total - 1) / limit) * limit;
        page = await api.listUsers(account, toUserListQuery({ ...list, offset }, limit), { signal });
      }
      return { accountId: account, offset, ...page };
    },
    args: () =>
      [
        this.api,
        this.accountId || this.provided?.accountId || undefined,
        this.list.query,
        this.list.query.limit ?? this.pageSize,
        this.revision,
      ] as const,
  });

  /** The create and edit form, loaded when it is first opened (issue 21). */
  private readonly userDialog = new DialogsOnFirstUse(async () => {
    const { UserDialog } = await import('./user-dialog.js');
    return new UserDialog(this, {
      api: () => this.api,
      l: () => this.i18n,
      accountId: () => this.usersTask.value?.accountId,
      reload: () => this.reload(),
      onSaved: (text) => this.banner.show('success', text),
      fallbackFocus: () => this.searchField(),
    });
  });

  private confirmControl = new DialogController(this, {
    dialog: () => this.confirmDialog,
    fallbackFocus: () => this.searchField(),
    onClosed: () => (this.confirming = undefined),
  });

  private get writable(): boolean {
    return canWrite(this.meTask.value);
  }

  /** Known not to be an admin (or the principal could not be read): nothing that changes data is offered. */
  private get readOnly(): boolean {
    const known = this.meTask.status === TaskStatus.COMPLETE || this.meTask.status === TaskStatus.ERROR;
    return known && !this.writable;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const account = this.accountId || this.provided?.accountId || '';
    if (this.shownAccount !== undefined && account !== this.shownAccount) this.list.set({});
    this.shownAccount = account;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const page = this.usersTask.value;
    const failed = this.usersTask.status === TaskStatus.ERROR;
    this.setState('loading', !failed && !page);
    this.setState('error', failed);
    this.setState('empty', !failed && page?.total === 0 && !this.list.filtered);
    this.setState('read-only', this.readOnly);
  }

  private reload() {
    this.revision++;
  }

  // ---- rendering ----

  protected override render() {
    const l = this.i18n;
    if (!this.api) return noClientState(l);
    return html`
      ${renderToolbar({ l, list: this.list, writable: this.writable, onCreate: (e) => this.openCreate(e) })}
      ${this.readOnly ? html`<p class="hint read-only">${l.t('users.readOnly')}</p>` : nothing}
      ${this.banner.render(l)}
      ${
        this.writable && this.selected.size
          ? renderBulkBar({
              l,
              count: this.selected.size,
              onSendLinks: (e) => this.askConfirm('sendLink', this.selectedUsers(), e),
              onDisable: () => this.runBulk('disable', this.selectedUsers()),
              onDelete: (e) => this.askConfirm('delete', this.selectedUsers(), e),
              onClear: () => this.clearSelection(),
            })
          : nothing
      }
      ${renderResults(l, this.results, () => (this.results = undefined))} ${this.renderList()}
      ${this.userDialog.value?.render() ?? nothing}
      ${renderConfirmDialog({
        l,
        confirming: this.confirming,
        control: this.confirmControl,
        onConfirm: () => this.onConfirm(),
      })}
    `;
  }

  private renderList(): TemplateResult {
    const l = this.i18n;
    const task = this.usersTask;
    if (task.status === TaskStatus.ERROR) return errorState(l, task.error, () => this.reload());
    const page = task.value;
    if (!page) return loadingState(l);
    const busy = task.status === TaskStatus.PENDING;
    const count = html`<p class="count" role="status">${countText(l, 'common.results', page)}</p>`;
    if (page.total === 0) {
      if (this.list.filtered) {
        return html`${count}${emptyState(
          l.t('users.noMatch'),
          html`<button class="btn" type="button" @click=${this.list.clearFilters}>
            ${l.t('users.noMatch.clear')}
          </button>`,
        )}`;
      }
      return emptyState(
        l.t('users.empty'),
        this.writable
          ? html`<button class="btn primary" type="button" @click=${this.openCreate}>
              ${l.t('users.create')}
            </button>`
          : undefined,
      );
    }
    return html`${count}${unreadableRows(l, page.unreadable)}
    ${renderUserTable({
      l,
      users: page.items,
      selected: this.selected,
      writable: this.writable,
      selfId: this.meTask.value?.user.id,
      sort: this.list.query.sort,
      busy,
      now: new Date(),
      onSort: (sort) => this.list.set({ sort }),
      onSelect: (index, on, extend) => this.select(page.items, index, on, extend),
      onSelectPage: (on) => (this.selected = new Set(on ? page.items.map((u) => u.id) : [])),
      onEdit: (user, trigger) => this.openEdit(user, trigger),
      onSendLink: (user, trigger) => this.askConfirm('sendLink', [user], trigger),
      onToggleStatus: (user) => this.runBulk(user.status === 'disabled' ? 'enable' : 'disable', [user]),
      onDelete: (user, trigger) => this.askConfirm('delete', [user], trigger),
    })}
    ${renderPagination({
      l,
      list: this.list,
      offset: page.offset,
      total: page.total,
      totalExact: page.totalExact,
      pageSize: this.list.query.limit ?? this.pageSize,
    })}`;
  }

  // ---- list interaction ----

  private select(users: readonly User[], index: number, on: boolean, extend: boolean) {
    const ids = users.map((u) => u.id);
    this.selected = toggleSelection(this.selected, ids, index, on, this.anchor, extend);
    if (!extend || this.anchor === undefined) this.anchor = index;
  }

  private clearSelection() {
    this.selected = new Set();
    this.anchor = undefined;
  }

  private selectedUsers(): User[] {
    return (this.usersTask.value?.items ?? []).filter((u) => this.selected.has(u.id));
  }

  // ---- create and edit ----

  private openCreate(e: Event) {
    this.openUserDialog(undefined, e.currentTarget);
  }

  private openEdit(user: User, trigger: HTMLElement) {
    this.openUserDialog(user, trigger);
  }

  private openUserDialog(user: User | undefined, trigger: EventTarget | null) {
    this.userDialog.open(
      (dialog) => dialog.open(user, trigger),
      () => this.banner.show('error', this.i18n.t('error.network')),
    );
  }

  // ---- password links, disable, delete ----

  private askConfirm(action: Confirmation['action'], users: User[], from: Event | HTMLElement) {
    if (!users.length) return;
    this.confirming = { action, users };
    void this.confirmControl.open(from instanceof Event ? from.currentTarget : from);
  }

  private onConfirm() {
    const c = this.confirming;
    this.confirmControl.close();
    // Back on the trigger now, before the action may remove it (`close` only fires later).
    this.confirmControl.restoreFocus();
    if (c) void this.runBulk(c.action, c.users);
  }

  /** Runs one action for each user; one user gets a banner, several a result per user. */
  private async runBulk(action: UserAction, users: User[]) {
    const api = this.api;
    if (!api || !users.length) return;
    this.banner.clear();
    this.results = undefined;
    const outcomes = await Promise.all(users.map((user) => runAction(this, api, this.i18n, action, user)));
    if (users.length === 1) {
      const [o] = outcomes;
      if (o)
        this.banner.show(o.ok ? 'success' : 'error', o.ok ? doneSentence(this.i18n, action, o.user) : o.text);
    } else {
      this.results = outcomes;
    }
    const done = new Set(outcomes.filter((o) => o.ok).map((o) => o.user.id));
    this.selected = new Set([...this.selected].filter((id) => !done.has(id)));
    this.reload();
    await this.keepFocusAfterReload();
  }

  /** When the focused control went away (its row was deleted, the selection bar closed), focus the outcome. */
  private async keepFocusAfterReload() {
    await this.updateComplete;
    await this.usersTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const active = document.activeElement;
    if (this.shadowRoot?.activeElement || (active && active !== document.body)) return;
    this.renderRoot.querySelector<HTMLElement>('[part~=results], [part~=banner]')?.focus();
  }

  private searchField(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#search');
  }
}
