import type { AccessRight, AccessRightCreate, AccessRightUpdate } from '../../api/schemas/index.js';
import type { TkEvent } from '../../core/events.js';
import type { AccessRightsFilter, AccessRightsSort } from './types.js';

export interface TkOfferOpenDetail {
  offerId: string;
  right: AccessRight;
  /** The filled `offer-href`, when set. */
  href?: string;
}
export interface TkFilterChangeDetail {
  filter: AccessRightsFilter;
}
export interface TkSortChangeDetail {
  sort: AccessRightsSort | undefined;
}
export interface TkAccessRightCreateDetail {
  body: AccessRightCreate;
}
export interface TkAccessRightUpdateDetail {
  right: AccessRight;
  patch: AccessRightUpdate;
}
export interface TkAccessRightDetail {
  right: AccessRight;
}
export interface TkAccessRightsExportDetail {
  csv: string;
  filename: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-offer-open': TkEvent<TkOfferOpenDetail>;
    'tk-filter-change': TkEvent<TkFilterChangeDetail>;
    'tk-sort-change': TkEvent<TkSortChangeDetail>;
    'tk-access-right-create': TkEvent<TkAccessRightCreateDetail>;
    'tk-access-right-created': TkEvent<TkAccessRightDetail>;
    'tk-access-right-update': TkEvent<TkAccessRightUpdateDetail>;
    'tk-access-right-updated': TkEvent<TkAccessRightDetail>;
    'tk-access-right-delete': TkEvent<TkAccessRightDetail>;
    'tk-access-right-deleted': TkEvent<TkAccessRightDetail>;
    'tk-access-rights-export': TkEvent<TkAccessRightsExportDetail>;
  }
}
