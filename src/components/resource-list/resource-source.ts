import type { ProvisioningClient } from '../../api/client.js';
import type { Resource, ResourceSelection } from '../../api/schemas/index.js';
import { BlockCache } from '../../core/virtual/block-cache.js';
import { ShownRows } from '../../core/virtual/shown-rows.js';
import { listQuery, type ResourceSort } from './query.js';

/** What a new query means for the list. */
export interface QueryChange {
  /** The account or the filters changed: the selection no longer applies. */
  newSelection: boolean;
  /** Other rows than before (not only another order of the same): back to the top. */
  newRows: boolean;
}

/**
 * The resource list's rows on show (`ShownRows`): a query is the client, the account, the
 * selection query (filters, kind, scope) and the sort. Another sort of the same list keeps the
 * old rows on show until the new ones arrive.
 */
export class ResourceSource extends ShownRows<Resource> {
  /** The current query; empty after `refresh()` and `dispose()`, so the next `follow()` loads again. */
  private key = '';
  /** The current query without its order. */
  private selectionKey = '';
  private api?: ProvisioningClient;

  /** Starts a new query when any part of it changed; undefined when none did. */
  follow(
    api: ProvisioningClient,
    accountId: string,
    selection: ResourceSelection,
    sort: ResourceSort | undefined,
  ): QueryChange | undefined {
    const key = JSON.stringify([accountId, selection, sort]);
    if (key === this.key && api === this.api) return undefined;
    const sameList = api === this.api && this.cache?.total !== undefined;
    const selectionKey = JSON.stringify([accountId, selection]);
    const newSelection = selectionKey !== this.selectionKey;
    this.key = key;
    this.selectionKey = selectionKey;
    this.api = api;
    this.start(
      (onChange) =>
        new BlockCache<Resource>(
          (offset, limit, signal) =>
            api.listResources(accountId, listQuery(selection, sort, offset, limit), { signal }),
          onChange,
        ),
      sameList,
    );
    return { newSelection, newRows: !sameList || newSelection };
  }

  /** Loads the list again at the next `follow()`; the current rows stay until the new ones arrive. */
  refresh(): void {
    this.key = '';
  }

  override dispose(): void {
    super.dispose();
    this.key = '';
  }
}
