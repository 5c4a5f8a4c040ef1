import type { CapInput, Resource, ResourceMoveResult, ResourceSelection } from '../../api/schemas/index.js';
import type { TkEvent } from '../../core/events.js';

/** Detail of the cancelable `tk-resources-move`: what is about to move, and where to. */
export interface TkResourcesMoveDetail {
  /** The resources picked by hand; undefined when the selection is "all matching" (see `query`). */
  ids: string[] | undefined;
  /** With "select all": the list's query, less `except`. */
  query?: ResourceSelection;
  except?: string[];
  /** How many resources the selection holds. */
  count: number;
  /** `false` when `count` is a lower bound: "all matching" past the server's count bound. */
  countExact?: false;
  /** The target account's id and name. */
  to: string;
  toName: string;
}

/** Detail of `tk-resources-moved`: the server's answer, one result per resource. */
export interface TkResourcesMovedDetail {
  result: ResourceMoveResult;
  to: string;
}

/** Detail of the cancelable `tk-resource-cap-change`: the cap about to be set (`null` removes it). */
export interface TkResourceCapChangeDetail {
  resource: Resource;
  cap: CapInput | null;
}

/** Detail of `tk-resource-cap-changed` (and `tk-resource-renamed`): the resource as saved. */
export interface TkResourceDetail {
  resource: Resource;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-resources-move': TkEvent<TkResourcesMoveDetail>;
    'tk-resources-moved': TkEvent<TkResourcesMovedDetail>;
    'tk-resource-cap-change': TkEvent<TkResourceCapChangeDetail>;
    'tk-resource-cap-changed': TkEvent<TkResourceDetail>;
    'tk-resource-renamed': TkEvent<TkResourceDetail>;
  }
}
