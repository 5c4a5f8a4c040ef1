/**
 * The selection of a resource list, as a file manager keeps it: either some rows by id, or
 * every row the query matches less the ones unticked by hand (after Ctrl+A), so that a
 * selection can span pages that were never loaded. Immutable: every change returns a new one.
 */
export class Selection {
  private constructor(
    /** `some`: `ids` are selected; `all`: everything but `ids` is. */
    readonly mode: 'some' | 'all',
    readonly ids: ReadonlySet<string>,
    /** The row index Shift ranges start from. */
    readonly anchor: number | undefined,
  ) {}

  static readonly none = new Selection('some', new Set(), undefined);

  static of(ids: Iterable<string>, anchor?: number): Selection {
    return new Selection('some', new Set(ids), anchor);
  }

  static all(): Selection {
    return new Selection('all', new Set(), undefined);
  }

  has(id: string): boolean {
    return this.mode === 'some' ? this.ids.has(id) : !this.ids.has(id);
  }

  /** How many rows are selected when the query matches `total`. */
  count(total: number): number {
    return this.mode === 'some' ? this.ids.size : Math.max(0, total - this.ids.size);
  }

  get empty(): boolean {
    return this.mode === 'some' && this.ids.size === 0;
  }

  /** A plain click: only this row. */
  only(id: string, index: number): Selection {
    return new Selection('some', new Set([id]), index);
  }

  /** Ctrl/Cmd-click or Space: this row flips, the others stay. */
  toggle(id: string, index: number): Selection {
    return this.set([id], !this.has(id), index);
  }

  /** Selects (or deselects) `ids`, keeping the rest; `anchor` moves when given. */
  set(ids: Iterable<string>, on: boolean, anchor = this.anchor): Selection {
    const next = new Set(this.ids);
    // In `all` mode the set holds exceptions: selecting removes one.
    const add = this.mode === 'some' ? on : !on;
    for (const id of ids) {
      if (add) next.add(id);
      else next.delete(id);
    }
    return new Selection(this.mode, next, anchor);
  }

  /**
   * Shift-click or Shift+arrow: the rows from the anchor to `index` (their ids in `rangeIds`).
   * With `additive` (Ctrl+Shift) the range is added to the selection, else it replaces it.
   * The anchor stays where it was.
   */
  range(rangeIds: readonly string[], additive: boolean): Selection {
    const base = additive ? this : Selection.none;
    return new Selection(base.mode, base.set(rangeIds, true).ids, this.anchor);
  }

  withAnchor(index: number | undefined): Selection {
    return new Selection(this.mode, this.ids, index);
  }
}
