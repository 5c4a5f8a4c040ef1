import '../define/sub-account-list.js';
import { TkSubAccountList } from '../components/sub-account-list/sub-account-list.js';
import { wrap } from './wrap.js';

/** `<tk-sub-account-list>` for React. */
export const SubAccountList = wrap('tk-sub-account-list', TkSubAccountList, 'SubAccountList', [
  'tk-scope-change',
  'tk-account-edit',
  'tk-account-update',
  'tk-account-updated',
  'tk-account-created',
]);
