import '../define/access-rights-table.js';
import { TkAccessRightsTable } from '../components/access-rights-table/access-rights-table.js';
import { wrap } from './wrap.js';

/** `<tk-access-rights-table>` for React. */
export const AccessRightsTable = wrap('tk-access-rights-table', TkAccessRightsTable, 'AccessRightsTable', [
  'tk-offer-open',
  'tk-filter-change',
  'tk-sort-change',
  'tk-access-right-create',
  'tk-access-right-created',
  'tk-access-right-update',
  'tk-access-right-updated',
  'tk-access-right-delete',
  'tk-access-right-deleted',
  'tk-access-rights-export',
  'tk-error',
]);
