import '../define/user-manager.js';
import { TkUserManager } from '../components/user-manager/user-manager.js';
import { wrap } from './wrap.js';

/** `<tk-user-manager>` for React. */
export const UserManager = wrap('tk-user-manager', TkUserManager, 'UserManager', [
  'tk-user-create',
  'tk-user-created',
  'tk-user-update',
  'tk-user-updated',
  'tk-user-delete',
  'tk-user-deleted',
  'tk-password-link-send',
  'tk-password-link-sent',
  'tk-error',
]);
