import type { AccessRight } from '../../api/schemas/index.js';
import { ShownRows } from '../../core/virtual/shown-rows.js';
import { RowCache } from './row-cache.js';
import type { AccessRightsDataProvider, AccessRightsFilter, AccessRightsSort } from './types.js';

/** The table's rows on show (`ShownRows`): a query is its data provider, sort and filter. */
export class RowSource extends ShownRows<AccessRight, RowCache> {
  /** The data provider of the current query. */
  provider?: AccessRightsDataProvider;

  /** Starts a new query when the provider, sort or filter changed; true when it did. */
  follow(
    provider: AccessRightsDataProvider | undefined,
    sort: AccessRightsSort | undefined,
    filter: AccessRightsFilter,
  ): boolean {
    const cache = this.cache;
    if (provider === this.provider && (!cache || (sort === cache.sort && filter === cache.filter)))
      return false;
    if (!provider) {
      this.dispose();
      return true;
    }
    // The old rows stay on show when only the sort or filter of the same provider changed.
    const keep = cache?.total !== undefined && provider === this.provider;
    this.provider = provider;
    this.open(provider, sort, filter, keep);
    return true;
  }

  /** Loads the query again and rows `first..last` first; the current rows stay until the new ones arrive. */
  reload(sort: AccessRightsSort | undefined, filter: AccessRightsFilter, first: number, last: number): void {
    if (!this.cache || !this.provider) return;
    this.open(this.provider, sort, filter, true).ensure(first, last);
  }

  override dispose(): void {
    super.dispose();
    this.provider = undefined;
  }

  private open(
    provider: AccessRightsDataProvider,
    sort: AccessRightsSort | undefined,
    filter: AccessRightsFilter,
    keep: boolean,
  ): RowCache {
    return this.start((onChange) => new RowCache(provider, sort, filter, onChange), keep);
  }
}
