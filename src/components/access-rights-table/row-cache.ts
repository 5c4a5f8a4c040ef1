import type { AccessRight } from '../../api/schemas/index.js';
import { BlockCache } from '../../core/virtual/block-cache.js';
import type {
  AccessRightsDataProvider,
  AccessRightsFilter,
  AccessRightsPage,
  AccessRightsSort,
} from './types.js';

/**
 * The rows of one query of the table (provider + sort + filter), fetched in blocks as the window
 * asks for them, with the term of every matching right when the provider reports it.
 */
export class RowCache extends BlockCache<AccessRight, AccessRightsPage> {
  constructor(
    provider: AccessRightsDataProvider,
    readonly sort: AccessRightsSort | undefined,
    readonly filter: AccessRightsFilter,
    onChange: () => void,
    blockSize = 100,
  ) {
    super((offset, limit, signal) => provider({ offset, limit }, sort, filter, signal), onChange, blockSize);
  }

  /** The term of every matching right, when the provider reports it (read only when the timeline needs it). */
  get timeRange(): AccessRightsPage['timeRange'] {
    return this.first?.timeRange;
  }
}
