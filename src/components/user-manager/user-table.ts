import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { User } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';
import { rowMenu, type RowMenuItem } from '../../core/parts/row-menu.js';

/** Columns the list can be sorted by, with the API's sort field. */
export const SORTABLE = { name: 'name', email: 'email', login: 'login', lastLogin: 'lastLoginAt' } as const;
type SortColumn = keyof typeof SORTABLE;

export interface UserTableView {
  l: Localizer;
  users: readonly User[];
  selected: ReadonlySet<string>;
  /** False for normal users: no selection and no actions. */
  writable: boolean;
  /** The principal's own user, which offers no disable or delete (the server refuses both). */
  selfId: string | undefined;
  /** `name`, `-name`… */
  sort: string;
  busy: boolean;
  now: Date;
  onSort(field: string): void;
  onSelect(index: number, on: boolean, extend: boolean): void;
  onSelectPage(on: boolean): void;
  onEdit(user: User, trigger: HTMLElement): void;
  onSendLink(user: User, trigger: HTMLElement): void;
  onToggleStatus(user: User): void;
  onDelete(user: User, trigger: HTMLElement): void;
}

/**
 * The users table. It fits its container (styles: container queries on `.table-wrap`): the
 * login folds under the name, role and password link fold under e-mail and status on narrower
 * hosts, and on phone widths each row becomes a card. Secondary actions live in a row menu.
 */
export function renderUserTable(v: UserTableView): TemplateResult {
  const { l } = v;
  const onPage = v.users.filter((u) => v.selected.has(u.id)).length;
  return html`<div class="table-wrap">
    <table
      class="table cards users"
      part="table"
      aria-label=${l.t('users.table.label')}
      aria-busy=${v.busy ? 'true' : 'false'}
    >
      <thead>
        <tr part="header-row">
          ${
            v.writable
              ? html`<th class="select" scope="col">
                  <input
                    type="checkbox"
                    aria-label=${l.t('users.selectPage')}
                    .checked=${onPage > 0 && onPage === v.users.length}
                    .indeterminate=${onPage > 0 && onPage < v.users.length}
                    @change=${(e: Event) => v.onSelectPage((e.target as HTMLInputElement).checked)}
                  />
                </th>`
              : nothing
          }
          ${sortHeader(v, 'name')} ${sortHeader(v, 'email')} ${sortHeader(v, 'login', 'col-login')}
          ${plainHeader(l.t('users.column.role'), 'col-role')}
          ${plainHeader(l.t('users.column.status'), 'col-status')} ${sortHeader(v, 'lastLogin', 'col-last')}
          ${plainHeader(l.t('users.column.passwordLink'), 'col-link')}
          ${v.writable ? plainHeader(l.t('common.actions'), 'col-actions') : nothing}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          v.users,
          (u) => u.id,
          (u, i) => renderRow(v, u, i),
        )}
      </tbody>
    </table>
  </div>`;
}

/** A header that truncates with an ellipsis, its full text in the tooltip. */
function plainHeader(text: string, className: string): TemplateResult {
  return html`<th scope="col" class=${className}><span class="th-text" title=${text}>${text}</span></th>`;
}

function sortHeader(v: UserTableView, column: SortColumn, className = `col-${column}`): TemplateResult {
  const field = SORTABLE[column];
  const direction = v.sort === field ? 'ascending' : v.sort === `-${field}` ? 'descending' : undefined;
  const next = direction === 'ascending' ? `-${field}` : field;
  const text = v.l.t(`users.column.${column}`);
  return html`<th scope="col" class=${className} aria-sort=${direction ?? 'none'}>
    <button class="sort" type="button" part="sort" title=${text} @click=${() => v.onSort(next)}>
      <span class="th-text">${text}</span>
      <span class="sort-mark" aria-hidden="true"
        >${direction === 'ascending' ? '▲' : direction ? '▼' : ''}</span
      >
    </button>
  </th>`;
}

function renderRow(v: UserTableView, u: User, index: number): TemplateResult {
  const { l } = v;
  const selected = v.selected.has(u.id);
  const self = u.id === v.selfId;
  const who = html`<span class="visually-hidden">${u.name}</span>`;
  return html`<tr part="row" class=${selected ? 'selected' : ''}>
    ${
      v.writable
        ? html`<td part="cell" class="select">
            <input
              type="checkbox"
              aria-label=${l.t('users.select', { name: u.name })}
              .checked=${selected}
              @click=${(e: MouseEvent) => v.onSelect(index, (e.target as HTMLInputElement).checked, e.shiftKey)}
            />
          </td>`
        : nothing
    }
    <td part="cell" class="name">
      <span class="cell-name">${u.name}</span>
      <span class="sub login-sub">${u.login}</span>
    </td>
    <td part="cell" class="email" data-label=${l.t('users.column.email')}>
      <span class="cell-text" title=${u.email}>${u.email}</span>
      <span class="sub role-sub">${l.t(`users.role.${u.role}`)}</span>
    </td>
    <td part="cell" class="login col-login" data-label=${l.t('users.column.login')}>${u.login}</td>
    <td part="cell" class="col-role" data-label=${l.t('users.column.role')}>
      ${l.t(`users.role.${u.role}`)}
    </td>
    <td part="cell" class="col-status" data-label=${l.t('users.column.status')}>
      <span class="badge status ${u.status}">${l.t(`users.status.${u.status}`)}</span>
      ${linkInfo(v, u, 'sub link-sub')}
    </td>
    <td part="cell" class="col-last" data-label=${l.t('users.column.lastLogin')}>
      ${
        u.lastLoginAt
          ? html`<time datetime=${u.lastLoginAt} title=${l.dateTime(u.lastLoginAt)}
              >${l.date(u.lastLoginAt, { dateStyle: 'short' })}</time
            >`
          : l.t('users.lastLogin.never')
      }
    </td>
    <td part="cell" class="col-link" data-label=${l.t('users.column.passwordLink')}>${linkInfo(v, u, '')}</td>
    ${
      v.writable
        ? html`<td part="cell" class="actions col-actions">
            <span class="row-actions">
              <button
                class="btn small"
                type="button"
                @click=${(e: Event) => v.onEdit(u, e.currentTarget as HTMLElement)}
              >
                ${l.t('common.edit')} ${who}
              </button>
              ${rowMenu({
                id: `menu-${u.id}`,
                label: l.t('users.moreActions', { name: u.name }),
                items: menuItems(v, u, self),
              })}
            </span>
          </td>`
        : nothing
    }
  </tr>`;
}

/** The secondary actions of a row. A disabled user gets no password link: they could not sign in. */
function menuItems(v: UserTableView, u: User, self: boolean): RowMenuItem[] {
  const { l } = v;
  const disabled = u.status === 'disabled';
  const items: RowMenuItem[] = [
    {
      label: l.t('users.sendLink'),
      disabled,
      description: disabled ? l.t('users.sendLink.disabledHint') : undefined,
      onSelect: (trigger) => v.onSendLink(u, trigger),
    },
  ];
  if (!self)
    items.push(
      { label: l.t(disabled ? 'users.enable' : 'users.disable'), onSelect: () => v.onToggleStatus(u) },
      { label: l.t('common.delete'), tone: 'danger', onSelect: (trigger) => v.onDelete(u, trigger) },
    );
  return items;
}

/** The password link in short ("valid until 08.11.26"), the whole sentence as its tooltip. */
function linkInfo(v: UserTableView, u: User, className: string): TemplateResult | string {
  const link = u.passwordLink;
  if (!link) return className ? '' : v.l.t('common.none');
  const expires = v.l.date(link.expiresAt, { dateStyle: 'short' });
  const expired = new Date(link.expiresAt) <= v.now;
  return html`<span class="link-info ${className}" title=${passwordLink(v, u)}
    >${expired ? v.l.t('users.link.expired', { expires }) : v.l.t('users.link.valid', { expires })}</span
  >`;
}

function passwordLink(v: UserTableView, u: User): string {
  const link = u.passwordLink;
  if (!link) return v.l.t('common.none');
  const expires = v.l.date(link.expiresAt);
  if (new Date(link.expiresAt) <= v.now) return v.l.t('users.link.expired', { expires });
  return v.l.t('users.link.pending', { sent: v.l.date(link.sentAt), expires });
}
