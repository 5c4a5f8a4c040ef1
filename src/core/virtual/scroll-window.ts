import { RowGeometry } from './row-geometry.js';

/** Rows rendered beyond each edge of the viewport. */
export const OVERSCAN = 4;

/**
 * The window of rendered rows for the scroll position, and the sizes it is computed from.
 * Sizes come from `measure()`, which the element calls from a ResizeObserver, after layout.
 */
export class ScrollWindow {
  readonly geometry = new RowGeometry();
  /** First and last rendered row. */
  start = 0;
  end = -1;
  private scrollPos = 0;
  private viewportHeight = 600;
  /** Resolves the first `measure()`: until then the sizes are the defaults above. */
  private firstMeasure?: { promise: Promise<void>; resolve: () => void };
  /** False until the first `measure()`. */
  measured = false;
  private headerHeight = 40;

  /** Recomputes the rendered rows for `total` rows at the current scroll position. */
  compute(total: number): void {
    const g = this.geometry;
    this.start = Math.max(0, g.indexAt(this.scrollPos - this.headerHeight) - OVERSCAN);
    this.end = Math.min(total - 1, g.indexAt(this.scrollPos + this.viewportHeight) + OVERSCAN);
  }

  /** Follows a scroll; true when the rendered rows no longer cover the viewport with overscan. */
  scrolled(scrollTop: number, total: number): boolean {
    this.scrollPos = scrollTop;
    const g = this.geometry;
    const first = Math.max(0, g.indexAt(this.scrollPos - this.headerHeight) - OVERSCAN);
    const last = g.indexAt(this.scrollPos + this.viewportHeight) + OVERSCAN;
    return first !== this.start || Math.min(last, total - 1) !== this.end;
  }

  /** Back to the top, with expanded heights forgotten (a new query). */
  reset(scroller: HTMLElement | undefined): void {
    this.geometry.clear();
    if (scroller) scroller.scrollTop = this.scrollPos = 0;
  }

  /** Resolves once the sizes were measured (at once when they were). */
  whenMeasured(): Promise<void> {
    if (this.measured) return Promise.resolve();
    if (!this.firstMeasure) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.firstMeasure = { promise, resolve };
    }
    return this.firstMeasure.promise;
  }

  /** Rows per PageUp/PageDown: a viewport less one row (measured: see `whenMeasured`). */
  get page(): number {
    return Math.max(1, Math.floor((this.viewportHeight - this.headerHeight) / this.geometry.rowHeight) - 1);
  }

  /** Scrolls `row` just into view under the sticky header; true when it scrolled. */
  scrollIntoView(scroller: HTMLElement, row: number): boolean {
    const top = this.geometry.offsetOf(row) + this.headerHeight;
    const bottom = top + this.geometry.rowHeight;
    let next = scroller.scrollTop;
    if (top - this.headerHeight < next) next = top - this.headerHeight;
    else if (bottom > next + this.viewportHeight) next = bottom - this.viewportHeight;
    if (next === scroller.scrollTop) return false;
    scroller.scrollTop = next;
    this.scrollPos = scroller.scrollTop;
    return true;
  }

  /**
   * Reads the row (from the probe), header and viewport sizes and the heights of the expanded
   * rows among the rendered ones; true when any of them changed.
   */
  measure(
    scroller: HTMLElement,
    probe: HTMLElement | undefined,
    header: HTMLElement | null,
    expanded: ReadonlySet<number>,
  ): boolean {
    let changed = false;
    this.measured = true;
    this.firstMeasure?.resolve();
    const rowHeight = probe?.offsetHeight || this.geometry.rowHeight;
    const headerHeight = header?.offsetHeight ?? this.headerHeight;
    if (rowHeight !== this.geometry.rowHeight || headerHeight !== this.headerHeight) {
      this.geometry.rowHeight = rowHeight;
      this.headerHeight = headerHeight;
      changed = true;
    }
    if (scroller.clientHeight && scroller.clientHeight !== this.viewportHeight) {
      this.viewportHeight = scroller.clientHeight;
      changed = true;
    }
    // Rows move when the query changes or reloads: the rendered positions hold the truth.
    for (let index = this.start; index <= this.end; index++) {
      const row = expanded.has(index)
        ? scroller.querySelector<HTMLElement>(`.body [data-row="${index}"]`)
        : undefined;
      const extra = row ? row.offsetHeight - rowHeight : undefined;
      if (row === null || extra === this.geometry.extra.get(index)) continue;
      this.geometry.setExtra(index, extra);
      changed = true;
    }
    return changed;
  }
}
