import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AccountListItem, AccountListQuery, AccountStatus } from '../../api/schemas/index.js';
import { BannerController } from '../../core/banner.js';
import { countText, rangeText } from '../../core/count.js';
import { DialogController, renderConfirmation } from '../../core/dialog.js';
import { rowMenu, type RowMenuItem } from '../../core/parts/row-menu.js';
import { unreadableRows } from '../../core/parts/unreadable-rows.js';
import { allowed, announce } from '../../core/events.js';
import type { Localizer } from '../../core/localize.js';
import { canWrite, principalOf } from '../../core/principal.js';
import { SEARCH_PAUSE_MS } from '../../core/search-pause.js';
import { emptyState, errorState, errorText, loadingState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import accountStrings from '../../locales/en/accounts.js';
import { switchScope } from '../scope-banner/switch-scope.js';
import type { AccountCreateDetail, AccountDetail, AccountUpdateDetail } from '../sub-account-form/events.js';
import { countryName } from '../sub-account-form/countries.js';
import { styles } from './sub-account-list.styles.js';

export type { ScopeChangeDetail } from '../scope-banner/switch-scope.js';

const SORTS = ['name', '-name', '-createdAt', 'createdAt', 'trialEndsAt'] as const;
const CHILD_PAGE = 50;

interface Filters {
  q: string;
  status: '' | AccountStatus;
  productTypeId: string;
  trial: '' | 'true' | 'false';
  internal: '' | 'true' | 'false';
  sort: (typeof SORTS)[number];
  offset: number;
}

interface Branch {
  items: AccountListItem[];
  total: number;
  loading: boolean;
  error?: unknown;
}

type FormTarget = { mode: 'create'; parentId: string } | { mode: 'edit'; accountId: string };

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

  @state() private filters: Filters = {
    q: '',
    status: '',
    productTypeId: '',
    trial: '',
    internal: '',
    sort: 'name',
    offset: 0,
  };
  @state() private searchText = '';
  @state() private revision = 0;
  @state() private branches = new Map<string, Branch>();
  @state() private formTarget?: FormTarget;
  @state() private confirming?: { account: AccountListItem; status: AccountStatus };
  @state() private busy = false;
  /** The primary admin's address of the account being created in the dialog (its success message names it). */
  private invitee = '';

  @query('#form-dialog') private formDialogEl?: HTMLDialogElement;
  @query('#confirm-dialog') private confirmDialogEl?: HTMLDialogElement;

  private searchTimer?: ReturnType<typeof setTimeout>;
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
      const page = await api.listChildAccounts(rootId, this.queryOf(filters, limit), { signal });
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

  /** Search or any filter: matches from the whole subtree, flat, with paths. */
  private get searching(): boolean {
    const f = this.filters;
    return !!(f.q || f.status || f.productTypeId || f.trial || f.internal);
  }

  private queryOf(f: Filters, limit: number): AccountListQuery {
    const q: AccountListQuery = { sort: f.sort, offset: f.offset, limit };
    if (f.q) q.q = f.q;
    if (f.status) q.status = f.status;
    if (f.productTypeId) q.productTypeId = f.productTypeId;
    if (f.trial) q.trial = f.trial === 'true';
    if (f.internal) q.internal = f.internal === 'true';
    if (this.searching || f.q) q.include = 'descendants';
    return q;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('accountId')) this.branches = new Map();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const failed = this.listTask.status === TaskStatus.ERROR;
    const page = this.listTask.value;
    this.setState('loading', !failed && !page);
    this.setState('error', failed);
    this.setState('empty', !failed && page?.total === 0 && !this.searching);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  // ---- rendering ----

  protected override render() {
    const l = this.i18n;
    if (!this.api)
      return html`<div class="state error" role="alert" part="error">${l.t('error.noClient')}</div>`;
    const readOnly = this.meTask.status === TaskStatus.COMPLETE && !this.writable;
    return html`${this.renderToolbar(l)}
    ${readOnly ? html`<p class="hint">${l.t('accounts.list.readOnly')}</p>` : nothing}
    ${this.banner.render(l)} ${this.renderList(l)} ${this.renderFormDialog()} ${this.renderConfirmDialog(l)}`;
  }

  private renderToolbar(l: Localizer): TemplateResult {
    const f = this.filters;
    const select = (id: keyof Filters, label: string, options: [string, string][]) =>
      html`<div class="field filter">
        <label for="filter-${id}">${label}</label>
        <select
          id="filter-${id}"
          part="filter"
          @change=${(e: Event) => this.setFilter(id, (e.target as HTMLSelectElement).value)}
        >
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${String(f[id]) === value}>${text}</option>`)}
        </select>
      </div>`;
    return html`<div class="toolbar" part="toolbar">
      <div class="field search">
        <label for="search">${l.t('accounts.list.search')}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          placeholder=${l.t('accounts.list.searchPlaceholder')}
          .value=${this.searchText}
          @input=${this.onSearchInput}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.applySearch()}
        />
      </div>
      ${select('status', l.t('accounts.list.status'), [
        ['', l.t('accounts.list.anyStatus')],
        ['active', l.t('accounts.badge.active')],
        ['suspended', l.t('accounts.badge.suspended')],
      ])}
      ${select('productTypeId', l.t('accounts.list.productType'), [
        ['', l.t('accounts.list.anyProductType')],
        ...(this.typesTask.value ?? []).map((t): [string, string] => [t.id, t.name]),
      ])}
      ${select('trial', l.t('accounts.list.trial'), [
        ['', l.t('accounts.list.anyTrial')],
        ['true', l.t('accounts.list.inTrial')],
        ['false', l.t('accounts.list.noTrial')],
      ])}
      ${select('internal', l.t('accounts.list.internal'), [
        ['', l.t('accounts.list.anyInternal')],
        ['true', l.t('accounts.list.onlyInternal')],
        ['false', l.t('accounts.list.onlyBilled')],
      ])}
      ${select(
        'sort',
        l.t('accounts.list.sort'),
        SORTS.map((s): [string, string] => [s, l.t(`accounts.list.sort.${s}`)]),
      )}
      ${
        this.writable
          ? html`<button
              class="btn primary create"
              part="create"
              type="button"
              ?disabled=${!this.rootId}
              @click=${(e: Event) => this.openCreate(this.rootId, e.currentTarget as HTMLElement)}
            >
              ${l.t('accounts.list.create')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderList(l: Localizer): TemplateResult {
    const task = this.listTask;
    if (task.status === TaskStatus.ERROR) return errorState(l, task.error, () => this.revision++);
    const page = task.value;
    if (!page) return loadingState(l);
    if (page.total === 0) {
      if (this.searching)
        return emptyState(
          l.t('accounts.list.noMatch'),
          html`<button class="btn" type="button" @click=${this.clearFilters}>
            ${l.t('accounts.list.clear')}
          </button>`,
        );
      return emptyState(l.t('accounts.list.empty'));
    }
    const rows: TemplateResult[] = [];
    for (const item of page.items) this.pushRows(l, rows, item, 0);
    const { offset } = this.filters;
    const to = Math.min(offset + page.items.length, page.total);
    return html`<p class="count" role="status">${countText(l, 'common.results', page)}</p>
      ${unreadableRows(l, page.unreadable)}
      <div class="table-wrap">
        <table
          class="table"
          part="table"
          aria-label=${l.t('accounts.list.label')}
          aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}
        >
          <thead>
            <tr>
              <th scope="col">${l.t('accounts.list.column.name')}</th>
              <th scope="col">${l.t('accounts.list.column.reference')}</th>
              <th scope="col">${l.t('accounts.list.column.productType')}</th>
              <th scope="col">${l.t('accounts.list.column.country')}</th>
              <th scope="col">${l.t('accounts.list.column.status')}</th>
              <th scope="col">${l.t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>
      </div>
      ${
        page.total > this.pageSize
          ? html`<nav class="pagination" part="pagination" aria-label=${l.t('accounts.list.pagination')}>
              <button class="btn" type="button" ?disabled=${offset === 0} @click=${() => this.page(-1)}>
                ${l.t('common.previousPage')}
              </button>
              <span>${rangeText(l, offset + 1, to, page)}</span>
              <button class="btn" type="button" ?disabled=${to >= page.total} @click=${() => this.page(1)}>
                ${l.t('common.nextPage')}
              </button>
            </nav>`
          : nothing
      }`;
  }

  private pushRows(l: Localizer, rows: TemplateResult[], a: AccountListItem, depth: number) {
    const branch = this.branches.get(a.id);
    rows.push(this.renderRow(l, a, depth, branch));
    if (!branch || this.searching) return;
    if (branch.error)
      rows.push(
        html`<tr class="more-row">
          <td colspan="6">
            <span class="field-error">${l.t('accounts.list.childrenError', { name: a.name })}</span>
            <button class="btn small" type="button" @click=${() => this.loadChildren(a, 0)}>
              ${l.t('common.retry')}
            </button>
          </td>
        </tr>`,
      );
    for (const child of branch.items) this.pushRows(l, rows, child, depth + 1);
    if (branch.loading)
      rows.push(
        html`<tr class="more-row">
          <td colspan="6" role="status">${l.t('common.loading')}</td>
        </tr>`,
      );
    else if (branch.items.length < branch.total)
      rows.push(
        html`<tr class="more-row">
          <td colspan="6">
            <button class="btn small" type="button" @click=${() => this.loadChildren(a, branch.items.length)}>
              ${l.t('accounts.list.moreChildren', { name: a.name })}
            </button>
          </td>
        </tr>`,
      );
  }

  private renderRow(
    l: Localizer,
    a: AccountListItem,
    depth: number,
    branch: Branch | undefined,
  ): TemplateResult {
    const expandable = !this.searching && a.childCount !== 0;
    const expanded = !!branch;
    const current = this.provided?.accountId === a.id;
    const type = this.typesTask.value?.find((t) => t.id === a.productTypeId);
    const path = a.path?.length ? a.path.map((p) => p.name).join(' › ') : '';
    const writable = this.writable;
    return html`<tr
      part="row"
      class="depth-${Math.min(depth, 3)} ${current ? 'current' : ''}"
      data-id=${a.id}
    >
      <td class="name-col">
        <div class="name-cell">
          ${
            expandable
              ? html`<button
                  class="btn small icon toggle"
                  part="toggle"
                  type="button"
                  aria-expanded=${expanded ? 'true' : 'false'}
                  aria-label=${l.t(expanded ? 'accounts.list.collapse' : 'accounts.list.expand', { name: a.name })}
                  @click=${() => this.toggle(a)}
                >
                  <span aria-hidden="true">${expanded ? '▾' : '▸'}</span>
                </button>`
              : html`<span class="toggle-spacer"></span>`
          }
          <div>
            <span class="name">${a.name}</span>
            ${path ? html`<div class="sub hint">${l.t('accounts.list.path', { path })}</div>` : nothing}
            ${this.renderBadges(l, a)}
          </div>
        </div>
      </td>
      <td data-label=${l.t('accounts.list.column.reference')}>${a.reference || l.t('common.none')}</td>
      <td data-label=${l.t('accounts.list.column.productType')}>${type?.name ?? l.t('common.none')}</td>
      <td data-label=${l.t('accounts.list.column.country')}>${countryName(l.locale, a.country)}</td>
      <td data-label=${l.t('accounts.list.column.status')}>
        <span class="badge ${a.status === 'active' ? 'active' : 'danger'}" part="badge">
          ${l.t(a.status === 'active' ? 'accounts.badge.active' : 'accounts.badge.suspended')}
        </span>
      </td>
      <td class="actions">
        <div class="row-actions">
          ${
            current
              ? html`<span class="hint">${l.t('accounts.action.current')}</span>`
              : html`<button
                  class="btn small primary"
                  part="work-as"
                  type="button"
                  aria-label=${l.t('accounts.action.workAsLabel', { name: a.name })}
                  @click=${() => this.workAs(a)}
                >
                  ${l.t('accounts.action.workAs')}
                </button>`
          }
          ${
            writable
              ? rowMenu({
                  id: `menu-${a.id}`,
                  label: l.t('accounts.action.more', { name: a.name }),
                  items: this.menuItems(l, a),
                })
              : nothing
          }
        </div>
      </td>
    </tr>`;
  }

  /** The row menu (core/parts/row-menu.ts, as the user manager has it): edit, new sub-account, suspend. */
  private menuItems(l: Localizer, a: AccountListItem): RowMenuItem[] {
    const active = a.status === 'active';
    return [
      { label: l.t('accounts.action.edit'), onSelect: (trigger) => void this.openEdit(a, trigger) },
      { label: l.t('accounts.action.createSub'), onSelect: (trigger) => void this.openCreate(a.id, trigger) },
      {
        label: l.t(active ? 'accounts.action.suspend' : 'accounts.action.reactivate'),
        tone: active ? 'danger' : undefined,
        onSelect: (trigger) => void this.askStatus(a, trigger),
      },
    ];
  }

  private renderBadges(l: Localizer, a: AccountListItem) {
    const badges: TemplateResult[] = [];
    if (a.trial)
      badges.push(
        html`<span class="badge warning" part="badge"
          >${l.t('accounts.badge.trial', { date: l.date(a.trial.endsAt) })}</span
        >`,
      );
    if (a.internal)
      badges.push(html`<span class="badge neutral" part="badge">${l.t('accounts.badge.internal')}</span>`);
    return badges.length ? html`<div class="badges">${badges}</div>` : nothing;
  }

  private renderFormDialog(): TemplateResult {
    const t = this.formTarget;
    return html`<dialog
      id="form-dialog"
      class="form-dialog"
      part="dialog"
      aria-label=${this.i18n.t(t?.mode === 'edit' ? 'accounts.action.edit' : 'accounts.list.create')}
      @keydown=${this.formDialog.onKeydown}
      @cancel=${this.formDialog.onCancel}
      @close=${this.formDialog.onClose}
      @tk-account-form-cancel=${() => this.formDialog.requestClose()}
      @tk-account-create=${(e: CustomEvent<AccountCreateDetail>) => {
        this.invitee = e.detail.body.primaryAdmin.email;
      }}
      @tk-account-created=${this.onSaved}
      @tk-account-updated=${this.onSaved}
    >
      ${
        t
          ? t.mode === 'edit'
            ? html`<tk-sub-account-form show-cancel account-id=${t.accountId}></tk-sub-account-form>`
            : html`<tk-sub-account-form show-cancel parent-id=${t.parentId}></tk-sub-account-form>`
          : nothing
      }
      ${this.formDialog.renderDiscardPrompt(this.i18n)}
    </dialog>`;
  }

  private renderConfirmDialog(l: Localizer): TemplateResult {
    const c = this.confirming;
    return html`<dialog
      id="confirm-dialog"
      part="dialog"
      aria-labelledby="confirm-title"
      @keydown=${this.confirmDialog.onKeydown}
      @cancel=${this.confirmDialog.onCancel}
      @close=${this.confirmDialog.onClose}
    >
      ${
        c
          ? renderConfirmation({
              l,
              titleId: 'confirm-title',
              title: l.t(c.status === 'suspended' ? 'accounts.suspend.title' : 'accounts.reactivate.title', {
                name: c.account.name,
              }),
              body: l.t(c.status === 'suspended' ? 'accounts.suspend.body' : 'accounts.reactivate.body', {
                name: c.account.name,
              }),
              confirmLabel: l.t(
                c.status === 'suspended' ? 'accounts.action.suspend' : 'accounts.action.reactivate',
              ),
              tone: c.status === 'suspended' ? 'danger' : 'primary',
              busy: this.busy,
              onCancel: () => this.confirmDialog.requestClose(),
              onConfirm: () => void this.setStatus(c.account, c.status),
            })
          : nothing
      }
    </dialog>`;
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

  private setFilter(id: keyof Filters, value: string) {
    this.filters = { ...this.filters, [id]: value, offset: 0 };
  }

  private clearFilters = () => {
    this.searchText = '';
    this.filters = {
      ...this.filters,
      q: '',
      status: '',
      productTypeId: '',
      trial: '',
      internal: '',
      offset: 0,
    };
  };

  private page(delta: number) {
    const offset = Math.max(0, this.filters.offset + delta * this.pageSize);
    this.filters = { ...this.filters, offset };
  }

  private toggle(a: AccountListItem) {
    if (this.branches.has(a.id)) {
      const next = new Map(this.branches);
      next.delete(a.id);
      this.branches = next;
    } else void this.loadChildren(a, 0);
  }

  /** Lazy children: the first page when expanded, more on request. */
  private async loadChildren(a: AccountListItem, offset: number) {
    const api = this.api;
    if (!api) return;
    const before = this.branches.get(a.id);
    const keep = offset > 0 && before ? before.items : [];
    this.branches = new Map(this.branches).set(a.id, {
      items: keep,
      total: before?.total ?? 0,
      loading: true,
    });
    try {
      const page = await api.listChildAccounts(a.id, { sort: this.filters.sort, offset, limit: CHILD_PAGE });
      this.branches = new Map(this.branches).set(a.id, {
        items: [...keep, ...page.items],
        total: page.total,
        loading: false,
      });
    } catch (error) {
      this.branches = new Map(this.branches).set(a.id, { items: keep, total: 0, loading: false, error });
    }
  }

  private workAs(a: AccountListItem) {
    switchScope(this, a, this.meTask.value?.account.id);
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
    const parent = parentId ? this.findItem(parentId) : undefined;
    if (parent && this.branches.has(parent.id)) void this.loadChildren(parent, 0);
  }

  private findItem(id: string): AccountListItem | undefined {
    const all = [
      ...(this.listTask.value?.items ?? []),
      ...[...this.branches.values()].flatMap((b) => b.items),
    ];
    return all.find((a) => a.id === id);
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
