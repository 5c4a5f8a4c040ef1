import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type PropertyValues } from 'lit';
import { principalOf } from '../../core/principal.js';
import { canRetry } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import accountStrings from '../../locales/en/accounts.js';
import { switchScope } from './switch-scope.js';

export type { ScopeChangeDetail } from './switch-scope.js';

/**
 * @summary "Working as Northwind Traders (customer of Acme Telecom)" with a button back to the
 * principal's own account, while the enclosing `<tk-provider>` works as another account.
 *
 * Shows nothing while the page works on the principal's own account. The message is a status
 * region, so screen readers announce each change of scope. "Back" fires the cancelable
 * `tk-scope-change` and then clears the provider's `account-id`.
 *
 * @csspart banner - The banner.
 * @csspart back - The "back to …" button.
 * @csspart retry - Tries again when the account worked as could not be loaded (a network or server failure).
 * @cssprop --tk-color-warning - The banner's accent (default the warning colour).
 * @cssstate active - The page works as another account (the banner is shown).
 *
 * @event {TkEvent<ScopeChangeDetail>} tk-scope-change - Before going back to the own account; cancelable.
 */
export class TkScopeBanner extends TkElement {
  static override catalogs = { accounts: accountStrings };
  static override styles = [
    ...TkElement.styles,
    css`
      :host {
        display: block;
      }
      .banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-s);
        color: var(--_text);
        border-inline-start-color: var(--_warning);
      }
      .text {
        flex: 1 1 14rem;
        /* A long unbroken account name wraps instead of widening the banner past a phone screen. */
        min-inline-size: 0;
        overflow-wrap: anywhere;
      }
      .region:empty {
        display: none;
      }
    `,
  ];

  private scopeTask = new Task(this, {
    task: async ([api, accountId], { signal }) => {
      if (!api) throw new Error('no client');
      const me = await principalOf(api);
      if (!accountId || accountId === me.account.id) return { me, account: undefined, parent: undefined };
      const account = await api.getAccount(accountId, { signal });
      const parent =
        account.parentId === null
          ? undefined
          : account.parentId === me.account.id
            ? me.account
            : await api.getAccount(account.parentId, { signal }).catch(() => undefined);
      return { me, account, parent };
    },
    args: () => [this.api, this.provided?.accountId] as const,
  });

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('active', !!this.scopeTask.value?.account);
  }

  protected override render() {
    const l = this.i18n;
    const value = this.scopeTask.value;
    const failed = this.scopeTask.status === TaskStatus.ERROR && !!this.provided?.accountId;
    // The status region stays in place, so each change of what it says is announced.
    return html`<div role="status" class="region">
      ${
        failed
          ? html`<div class="banner error" part="banner error">
              <span class="text">${l.t('scope.error')}</span>
              ${
                canRetry(this.scopeTask.error)
                  ? html`<button
                      class="btn small"
                      type="button"
                      part="retry"
                      @click=${() => this.scopeTask.run()}
                    >
                      ${l.t('common.retry')}
                    </button>`
                  : nothing
              }
            </div>`
          : value?.account
            ? html`<div class="banner" part="banner">
                <span class="text">
                  ${l.t('scope.workingAs', { name: value.account.name })}
                  ${
                    value.parent
                      ? l.t(value.account.kind === 'customer' ? 'scope.customerOf' : 'scope.subAccountOf', {
                          parent: value.parent.name,
                        })
                      : nothing
                  }
                </span>
                <button class="btn small" type="button" part="back" @click=${this.back}>
                  ${l.t('scope.back', { name: value.me.account.name })}
                </button>
              </div>`
            : nothing
      }
    </div>`;
  }

  private back = () => {
    const me = this.scopeTask.value?.me;
    if (me) switchScope(this, me.account, me.account.id);
  };
}
