import '../define/sub-account-form.js';
import { TkSubAccountForm } from '../components/sub-account-form/sub-account-form.js';
import { wrap } from './wrap.js';

/** `<tk-sub-account-form>` for React. */
export const SubAccountForm = wrap('tk-sub-account-form', TkSubAccountForm, 'SubAccountForm', [
  'tk-account-create',
  'tk-account-created',
  'tk-account-update',
  'tk-account-updated',
  'tk-account-form-cancel',
]);
