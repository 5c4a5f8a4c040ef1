import type { Account, AccountCreate, AccountUpdate } from '../../api/schemas/index.js';

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
    'tk-account-create': import('../../core/events.js').TkEvent<AccountCreateDetail>;
    'tk-account-created': import('../../core/events.js').TkEvent<AccountDetail>;
    'tk-account-update': import('../../core/events.js').TkEvent<AccountUpdateDetail>;
    'tk-account-updated': import('../../core/events.js').TkEvent<AccountDetail>;
    'tk-account-form-cancel': import('../../core/events.js').TkEvent<Record<string, never>>;
  }
}
