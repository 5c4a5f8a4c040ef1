import { html, nothing, type TemplateResult } from 'lit';
import type { AccountListItem, ProductType } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';
import { rowMenu, type RowMenuItem } from '../../core/parts/row-menu.js';
import { countryName } from '../sub-account-form/countries.js';
import type { AccountBranches, Branch } from './branches.js';

export interface AccountTableView {
  l: Localizer;
  /** The page's top-level accounts (or matches, when searching). */
  items: readonly AccountListItem[];
  busy: boolean;
  /** Matches are listed flat, with their paths, and cannot be expanded. */
  searching: boolean;
  /** The expanded rows: each one's children follow it; its toggle expands or collapses it. */
  branches: AccountBranches;
  /** The account the page works as (its row is marked and offers no "work as"). */
  currentId: string | undefined;
  types: readonly ProductType[] | undefined;
  /** False for normal users: no row menu. */
  writable: boolean;
  onWorkAs: (a: AccountListItem) => void;
  onEdit: (a: AccountListItem, trigger: HTMLElement) => void;
  onCreateSub: (a: AccountListItem, trigger: HTMLElement) => void;
  onToggleStatus: (a: AccountListItem, trigger: HTMLElement) => void;
}

/** The accounts as a tree table: expanded rows are followed by their children, indented. */
export function renderAccountTable(v: AccountTableView): TemplateResult {
  const { l } = v;
  const rows: TemplateResult[] = [];
  for (const item of v.items) pushRows(v, rows, item, 0);
  return html`<div class="table-wrap">
    <table
      class="table cards"
      part="table"
      aria-label=${l.t('accounts.list.label')}
      aria-busy=${v.busy ? 'true' : 'false'}
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
  </div>`;
}

/** The row of `a`, then (expanded, not searching) its children's rows and a loading, retry or "more" row. */
function pushRows(v: AccountTableView, rows: TemplateResult[], a: AccountListItem, depth: number) {
  const { l } = v;
  const branch = v.branches.get(a.id);
  rows.push(renderRow(v, a, depth, branch));
  if (!branch || v.searching) return;
  if (branch.error)
    rows.push(
      html`<tr class="more-row">
        <td colspan="6">
          <span class="field-error">${l.t('accounts.list.childrenError', { name: a.name })}</span>
          <button class="btn small" type="button" @click=${() => v.branches.load(a, 0)}>
            ${l.t('common.retry')}
          </button>
        </td>
      </tr>`,
    );
  for (const child of branch.items) pushRows(v, rows, child, depth + 1);
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
          <button class="btn small" type="button" @click=${() => v.branches.load(a, branch.items.length)}>
            ${l.t('accounts.list.moreChildren', { name: a.name })}
          </button>
        </td>
      </tr>`,
    );
}

function renderRow(
  v: AccountTableView,
  a: AccountListItem,
  depth: number,
  branch: Branch | undefined,
): TemplateResult {
  const { l } = v;
  const expandable = !v.searching && a.childCount !== 0;
  const expanded = !!branch;
  const current = v.currentId === a.id;
  const type = v.types?.find((t) => t.id === a.productTypeId);
  const path = a.path?.length ? a.path.map((p) => p.name).join(' › ') : '';
  return html`<tr part="row" class="depth-${Math.min(depth, 3)} ${current ? 'current' : ''}" data-id=${a.id}>
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
                @click=${() => v.branches.toggle(a)}
              >
                <span aria-hidden="true">${expanded ? '▾' : '▸'}</span>
              </button>`
            : html`<span class="toggle-spacer"></span>`
        }
        <div>
          <span class="name">${a.name}</span>
          ${path ? html`<div class="sub hint">${l.t('accounts.list.path', { path })}</div>` : nothing}
          ${renderBadges(l, a)}
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
                @click=${() => v.onWorkAs(a)}
              >
                ${l.t('accounts.action.workAs')}
              </button>`
        }
        ${
          v.writable
            ? rowMenu({
                id: `menu-${a.id}`,
                label: l.t('accounts.action.more', { name: a.name }),
                items: menuItems(v, a),
              })
            : nothing
        }
      </div>
    </td>
  </tr>`;
}

/** The row menu (core/parts/row-menu.ts, as the user manager has it): edit, new sub-account, suspend. */
function menuItems(v: AccountTableView, a: AccountListItem): RowMenuItem[] {
  const { l } = v;
  const active = a.status === 'active';
  return [
    { label: l.t('accounts.action.edit'), onSelect: (trigger) => v.onEdit(a, trigger) },
    { label: l.t('accounts.action.createSub'), onSelect: (trigger) => v.onCreateSub(a, trigger) },
    {
      label: l.t(active ? 'accounts.action.suspend' : 'accounts.action.reactivate'),
      tone: active ? 'danger' : undefined,
      onSelect: (trigger) => v.onToggleStatus(a, trigger),
    },
  ];
}

function renderBadges(l: Localizer, a: AccountListItem) {
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
