import type { TkEvent } from '../../core/events.js';

/** Detail of the cancelable `tk-import-start`: the rows about to be imported. */
export interface TkImportStartDetail {
  accountId: string;
  rows: number;
}

/** Detail of `tk-import-progress`, after each batch. */
export interface TkImportProgressDetail {
  done: number;
  total: number;
}

/** Detail of `tk-import-complete`: entities created and updated, rows that failed. */
export interface TkImportCompleteDetail {
  created: number;
  updated: number;
  failed: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-import-start': TkEvent<TkImportStartDetail>;
    'tk-import-progress': TkEvent<TkImportProgressDetail>;
    'tk-import-complete': TkEvent<TkImportCompleteDetail>;
  }
}
