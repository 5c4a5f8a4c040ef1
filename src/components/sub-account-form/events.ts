import type { Account, AccountCreate, AccountUpdate } from '../../api/schemas/index.js';
import type { TkEvent } from '../../core/events.js';

/** Detail of the cancelable `tk-account-create`: the request about to be sent. */
export interface AccountCreateDetail {
  parentId: string;
  body: AccountCreate;
}

/** Detail of the cancelable `tk-account-update` (also suspend and reactivate in the list). */
export interface AccountUpdateDetail {
  account: Account;
  patch: AccountUpdate;
}

/** Detail of `tk-account-created`, `tk-account-updated` and the list's cancelable `tk-account-edit`. */
export interface AccountDetail {
  account: Account;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-account-create': TkEvent<AccountCreateDetail>;
    'tk-account-created': TkEvent<AccountDetail>;
    'tk-account-update': TkEvent<AccountUpdateDetail>;
    'tk-account-updated': TkEvent<AccountDetail>;
    'tk-account-form-cancel': TkEvent<Record<string, never>>;
    'tk-account-edit': TkEvent<AccountDetail>;
  }
}
