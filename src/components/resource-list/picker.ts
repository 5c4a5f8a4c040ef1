import { html, nothing, type TemplateResult } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import type { Account } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';

/** One account the picker offers: its depth below the scope root and the names above it. */
export interface PickerAccount {
  id: string;
  name: string;
  depth: number;
  /** Names from the root down to the parent. */
  above: string[];
}

/**
 * The scope's hierarchy, depth first, from `listChildAccounts` level by level (pages of 500),
 * so that the picker works on any API that lists children.
 */
export async function loadHierarchy(
  api: ProvisioningClient,
  root: Account,
  signal: AbortSignal,
): Promise<PickerAccount[]> {
  const out: PickerAccount[] = [];
  const visit = async (account: Pick<Account, 'id' | 'name'>, depth: number, above: string[]) => {
    out.push({ id: account.id, name: account.name, depth, above });
    const children: Pick<Account, 'id' | 'name'>[] = [];
    for (let offset = 0, total = Infinity; offset < total;) {
      const page = await api.listChildAccounts(account.id, { offset, limit: 500, sort: 'name' }, { signal });
      children.push(...page.items);
      total = page.total;
      if (!page.items.length) break;
      offset += page.items.length;
    }
    for (const child of children) await visit(child, depth + 1, [...above, account.name]);
  };
  await visit(root, 0, []);
  return out;
}

/** Accounts whose name or path contains `q` (case-insensitive). */
export function filterAccounts(accounts: readonly PickerAccount[], q: string): PickerAccount[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [...accounts];
  return accounts.filter((a) => [a.name, ...a.above].some((n) => n.toLowerCase().includes(needle)));
}

export interface PickerView {
  l: Localizer;
  accounts: readonly PickerAccount[] | undefined;
  error: unknown;
  q: string;
  /** Index in the filtered list of the option the arrows are on. */
  active: number;
  chosen: string | undefined;
  onSearch: (q: string) => void;
  onKeydown: (e: KeyboardEvent) => void;
  onChoose: (id: string) => void;
  onRetry: () => void;
}

const optionId = (id: string) => `picker-${id}`;

/**
 * The account picker (combobox over a listbox): type to filter the hierarchy, arrows move,
 * Enter chooses; the chosen account is marked with words, not only colour.
 */
export function renderPicker(v: PickerView, shown: readonly PickerAccount[]): TemplateResult {
  const { l } = v;
  const activeAccount = shown[v.active];
  return html`<div class="field">
      <label for="picker-q">${l.t('resources.move.search')}</label>
      <input
        id="picker-q"
        type="text"
        role="combobox"
        aria-label=${l.t('resources.move.search')}
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded="true"
        aria-controls="picker-list"
        aria-activedescendant=${activeAccount ? optionId(activeAccount.id) : nothing}
        .value=${v.q}
        @input=${(e: Event) => v.onSearch((e.target as HTMLInputElement).value)}
        @keydown=${v.onKeydown}
      />
    </div>
    ${
      v.error !== undefined && !v.accounts
        ? html`<div class="banner error" role="alert">
            ${l.t('resources.move.loadError')}
            <button class="btn" type="button" @click=${v.onRetry}>${l.t('common.retry')}</button>
          </div>`
        : !v.accounts
          ? html`<p class="state" role="status">${l.t('common.loading')}</p>`
          : html`<ul
              id="picker-list"
              class="picker"
              role="listbox"
              part="account-picker"
              aria-label=${l.t('resources.move.accounts')}
            >
              ${
                shown.length
                  ? shown.map(
                      (a, i) =>
                        html`<li
                          id=${optionId(a.id)}
                          role="option"
                          class="option depth-${Math.min(a.depth, 6)} ${i === v.active ? 'active' : ''}"
                          aria-selected=${a.id === v.chosen ? 'true' : 'false'}
                          @click=${() => v.onChoose(a.id)}
                          @keydown=${v.onKeydown}
                        >
                          <span class="option-name"
                            >${a.id === v.chosen ? html`<span aria-hidden="true">✓ </span>` : nothing}${a.name}</span
                          >
                          ${a.above.length ? html`<span class="hint">${a.above.join(' › ')}</span>` : nothing}
                        </li>`,
                    )
                  : html`<li role="option" aria-disabled="true" aria-selected="false" class="option none">
                      ${l.t('resources.move.noAccount')}
                    </li>`
              }
            </ul>`
    }`;
}
