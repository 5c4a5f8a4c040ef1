import type { Resource, ResourceSelection } from '../../api/schemas/index.js';
import type { BlockCache } from '../../core/virtual/block-cache.js';
import type { MoveBody } from './dialog-state.js';
import type { Selection } from './selection.js';

/** The list's loaded rows: the current query's and, while it loads, the previous one's. */
type Caches = readonly (BlockCache<Resource> | undefined)[];

/**
 * What a move sends for the selection: the ids picked one by one, or the query (every match)
 * with the exceptions, and the versions seen (`seenVersions`).
 */
export function moveBody(s: Selection, query: ResourceSelection, versions: Record<string, number>): MoveBody {
  return {
    ...(s.mode === 'some' ? { ids: [...s.ids] } : { query, ...(s.ids.size ? { except: [...s.ids] } : {}) }),
    ...(Object.keys(versions).length ? { versions } : {}),
  };
}

/**
 * The version of each selected row the element has loaded: one changed since by someone else
 * fails as `changed` and stays, instead of being moved unseen. After "select all" the rows of
 * pages never loaded were never seen, so there is no version to hold them to: they go without
 * and move as the query matches them. Pass the previous query's rows first: the current one's win.
 */
export function seenVersions(caches: Caches, s: Selection): Record<string, number> {
  const versions: Record<string, number> = {};
  for (const cache of caches)
    for (const r of cache?.loaded() ?? []) if (s.has(r.id)) versions[r.id] = r.version;
  return versions;
}

/** The identifier of a loaded resource, else its id. */
export function identifierOf(caches: Caches, id: string): string {
  for (const cache of caches) {
    const total = cache?.total ?? 0;
    for (let i = 0; i < total; i++) {
      const r = cache?.get(i);
      if (r?.id === id) return r.identifier;
    }
  }
  return id;
}
