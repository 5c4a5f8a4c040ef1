import type { PasswordLink, User, UserCreate, UserUpdate } from '../../api/schemas/index.js';
import { isProvisioningError } from '../../api/errors.js';
import { announce, type TkErrorDetail, type TkEvent } from '../../core/events.js';

/** `tk-user-create` (cancelable, before the request). */
export interface UserCreateDetail {
  accountId: string;
  body: UserCreate;
}
/** `tk-user-update` (cancelable, before the request); `user` is the version being changed. */
export interface UserUpdateDetail {
  user: User;
  patch: UserUpdate;
}
/** `tk-user-delete` (cancelable) and `tk-password-link-send` (cancelable). */
export interface UserDetail {
  user: User;
}
/** `tk-password-link-sent`. */
export interface PasswordLinkSentDetail {
  user: User;
  link: PasswordLink;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-user-create': TkEvent<UserCreateDetail>;
    'tk-user-created': TkEvent<UserDetail>;
    'tk-user-update': TkEvent<UserUpdateDetail>;
    'tk-user-updated': TkEvent<UserDetail>;
    'tk-user-delete': TkEvent<UserDetail>;
    'tk-user-deleted': TkEvent<UserDetail>;
    'tk-password-link-send': TkEvent<UserDetail>;
    'tk-password-link-sent': TkEvent<PasswordLinkSentDetail>;
  }
}

/** An ended session is shown, but only the host can sign in again: it hears `tk-error`. */
export function reportIfHostMustAct(target: EventTarget, error: unknown, operation: string): void {
  if (isProvisioningError(error) && error.kind === 'unauthorized') {
    announce<TkErrorDetail>(target, 'tk-error', { error, operation });
  }
}
