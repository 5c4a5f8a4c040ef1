import type { Account } from '../../api/schemas/index.js';
import { allowed, type TkEvent } from '../../core/events.js';

/** Detail of the cancelable `tk-scope-change`: the account to work as, and the one worked as so far. */
export interface ScopeChangeDetail {
  /** The account the page is about to work as. */
  account: Account;
  /** The id of the account worked as until now; undefined when it was the principal's own. */
  previous: string | undefined;
}

/** The nearest `<tk-provider>` around `el`, across shadow roots. */
export function providerOf(el: Element): (HTMLElement & { accountId?: string }) | undefined {
  let node: Node | null = el;
  while (node) {
    const found: Element | null | undefined =
      node instanceof Element ? node.parentElement?.closest('tk-provider') : undefined;
    if (found) return found as HTMLElement & { accountId?: string };
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
    if (node instanceof Element && node.localName === 'tk-provider')
      return node as HTMLElement & { accountId?: string };
  }
  return undefined;
}

/**
 * "Work as" (seed 000): fires the cancelable `tk-scope-change` from `from` and, unless the host
 * vetoes it, sets the enclosing provider's `account-id` (undefined = the principal's own account),
 * so every element inside works on that account. Returns whether the scope changed.
 */
export function switchScope(from: HTMLElement, account: Account, ownAccountId: string | undefined): boolean {
  const provider = providerOf(from);
  const previous = provider?.accountId || undefined;
  const detail: ScopeChangeDetail = { account, previous: previous === ownAccountId ? undefined : previous };
  if (!allowed(from, 'tk-scope-change', detail)) return false;
  if (provider) provider.accountId = account.id === ownAccountId ? undefined : account.id;
  return true;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-scope-change': TkEvent<ScopeChangeDetail>;
  }
}
