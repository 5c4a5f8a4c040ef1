import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { User } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';

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

export function renderUserTable(v: UserTableView): TemplateResult {
  const { l } = v;
  const onPage = v.users.filter((u) => v.selected.has(u.id)).length;
  return html`<div class="table-wrap">
    <table part="table" aria-label=${l.t('users.table.label')} aria-busy=${v.busy ? 'true' : 'false'}>
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
          ${sortHeader(v, 'name')} ${sortHeader(v, 'email')} ${sortHeader(v, 'login')}
          <th scope="col">${l.t('users.column.role')}</th>
          <th scope="col">${l.t('users.column.status')}</th>
          ${sortHeader(v, 'lastLogin')}
          <th scope="col">${l.t('users.column.passwordLink')}</th>
          ${v.writable ? html`<th scope="col">${l.t('common.actions')}</th>` : nothing}
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

function sortHeader(v: UserTableView, column: SortColumn): TemplateResult {
  const field = SORTABLE[column];
  const direction = v.sort === field ? 'ascending' : v.sort === `-${field}` ? 'descending' : undefined;
  const next = direction === 'ascending' ? `-${field}` : field;
  return html`<th scope="col" aria-sort=${direction ?? 'none'}>
    <button class="sort" type="button" part="sort" @click=${() => v.onSort(next)}>
      ${v.l.t(`users.column.${column}`)}
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
    <td part="cell" class="name">${u.name}</td>
    <td part="cell" class="email">${u.email}</td>
    <td part="cell" class="login">${u.login}</td>
    <td part="cell">${l.t(`users.role.${u.role}`)}</td>
    <td part="cell"><span class="status ${u.status}">${l.t(`users.status.${u.status}`)}</span></td>
    <td part="cell">${u.lastLoginAt ? l.dateTime(u.lastLoginAt) : l.t('users.lastLogin.never')}</td>
    <td part="cell">${passwordLink(v, u)}</td>
    ${
      v.writable
        ? html`<td part="cell" class="actions">
            <button
              class="btn"
              type="button"
              @click=${(e: Event) => v.onEdit(u, e.currentTarget as HTMLElement)}
            >
              ${l.t('common.edit')} ${who}
            </button>
            <button
              class="btn"
              type="button"
              @click=${(e: Event) => v.onSendLink(u, e.currentTarget as HTMLElement)}
            >
              ${l.t('users.sendLink')} ${who}
            </button>
            ${
              self
                ? nothing
                : html`<button class="btn" type="button" @click=${() => v.onToggleStatus(u)}>
                      ${l.t(u.status === 'disabled' ? 'users.enable' : 'users.disable')} ${who}
                    </button>
                    <button
                      class="btn danger"
                      type="button"
                      @click=${(e: Event) => v.onDelete(u, e.currentTarget as HTMLElement)}
                    >
                      ${l.t('common.delete')} ${who}
                    </button>`
            }
          </td>`
        : nothing
    }
  </tr>`;
}

function passwordLink(v: UserTableView, u: User): string {
  const link = u.passwordLink;
  if (!link) return v.l.t('common.none');
  const expires = v.l.date(link.expiresAt);
  if (new Date(link.expiresAt) <= v.now) return v.l.t('users.link.expired', { expires });
  return v.l.t('users.link.pending', { sent: v.l.date(link.sentAt), expires });
}
