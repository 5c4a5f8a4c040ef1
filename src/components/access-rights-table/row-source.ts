import type { AccessRight } from '../../api/schemas/index.js';
import { RowCache } from './row-cache.js';
import type { AccessRightsDataProvider, AccessRightsFilter, AccessRightsSort } from './types.js';

/**
 * The rows on show: the cache of the current query, and while a reload or a new sort or filter
 * of the same provider is on its way, the previous cache, so that the rows keep their place.
 */
export class RowSource {
  /** The cache of the current query; undefined without a data provider. */
  cache?: RowCache;
  /** The data provider of the current query. */
  provider?: AccessRightsDataProvider;
  private previous?: RowCache;

  /** `onChange` runs whenever the current cache has news. */
  constructor(private readonly onChange: () => void) {}

  get total(): number | undefined {
    return this.shown?.total;
  }

  /** `false` while `total` is only a lower bound ("more than N"). */
  get totalExact(): boolean {
    return this.shown?.totalExact ?? true;
  }

  private get shown(): RowCache | undefined {
    return this.cache?.total !== undefined ? this.cache : this.previous;
  }

  rowAt(index: number): AccessRight | undefined {
    return this.cache?.get(index) ?? this.previous?.get(index);
  }

  /** Starts a new query when the provider, sort or filter changed; true when it did. */
  follow(
    provider: AccessRightsDataProvider | undefined,
    sort: AccessRightsSort | undefined,
    filter: AccessRightsFilter,
  ): boolean {
    const cache = this.cache;
    if (provider === this.provider && (!cache || (sort === cache.sort && filter === cache.filter)))
      return false;
    // Keep showing the old rows (same height, aria-busy) until the new query's first block arrives.
    this.previous?.dispose();
    this.previous = cache?.total !== undefined && provider === this.provider ? cache : undefined;
    if (!this.previous) cache?.dispose();
    this.provider = provider;
    this.cache = provider ? this.open(provider, sort, filter) : undefined;
    return true;
  }

  /** Loads the query again and rows `first..last` first; the current rows stay until the new ones arrive. */
  reload(sort: AccessRightsSort | undefined, filter: AccessRightsFilter, first: number, last: number): void {
    if (!this.cache || !this.provider) return;
    this.previous?.dispose();
    this.previous = this.cache;
    this.cache = this.open(this.provider, sort, filter);
    this.cache.ensure(first, last);
  }

  dispose(): void {
    this.cache?.dispose();
    this.previous?.dispose();
    this.cache = this.previous = this.provider = undefined;
  }

  private open(
    provider: AccessRightsDataProvider,
    sort: AccessRightsSort | undefined,
    filter: AccessRightsFilter,
  ): RowCache {
    return new RowCache(provider, sort, filter, () => {
      if (this.cache?.total !== undefined && this.previous) {
        this.previous.dispose();
        this.previous = undefined;
      }
      this.onChange();
    });
  }
}
