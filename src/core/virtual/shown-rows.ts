import type { BlockCache } from './block-cache.js';

/**
 * The rows a virtual list shows: the cache of the current query and, while a reload or another
 * order of the same list is on its way, the previous one, so that the rows keep their place (same
 * height, aria-busy) until the new query's first block arrives.
 */
export class ShownRows<T, C extends BlockCache<T> = BlockCache<T>> {
  /** The cache of the current query; undefined while there is none. */
  cache?: C;
  private held?: C;

  /** `onChange` runs whenever the current cache has news. */
  constructor(private readonly onChange: () => void) {}

  /** The cache still shown while the current one has not counted its rows. */
  get previous(): C | undefined {
    return this.held;
  }

  get total(): number | undefined {
    return this.shown?.total;
  }

  /** `false` while `total` is only a lower bound ("more than N"). */
  get totalExact(): boolean {
    return this.shown?.totalExact ?? true;
  }

  private get shown(): C | undefined {
    return this.cache?.total !== undefined ? this.cache : this.held;
  }

  rowAt(index: number): T | undefined {
    return this.cache?.get(index) ?? this.held?.get(index);
  }

  /**
   * Starts a query with the cache `open` makes (given the callback for its news). With `keep` the
   * current cache stays on show until the new one has counted its rows; else it is dropped now.
   */
  protected start(open: (onChange: () => void) => C, keep: boolean): C {
    this.held?.dispose();
    this.held = keep ? this.cache : undefined;
    if (!keep) this.cache?.dispose();
    this.cache = open(() => {
      if (this.cache?.total !== undefined && this.held) {
        this.held.dispose();
        this.held = undefined;
      }
      this.onChange();
    });
    return this.cache;
  }

  /** Aborts what both caches wait for and drops them. */
  dispose(): void {
    this.cache?.dispose();
    this.held?.dispose();
    this.cache = this.held = undefined;
  }
}
