import type { ReactiveControllerHost } from 'lit';
import type { AccessRight } from '../../api/schemas/index.js';
import { keyMove, positionOf, type GridPosition } from './grid-navigation.js';
import type { RowSource } from './row-source.js';
import type { ScrollWindow } from '../../core/virtual/scroll-window.js';

/** What keyboard focus in the grid needs of the table; every callback is read when needed. */
export interface GridFocusOptions {
  root: () => ParentNode;
  scroller: () => HTMLElement | undefined;
  scrollWindow: ScrollWindow;
  rows: RowSource;
  rtl: () => boolean;
  stopCount: (row: number) => number;
  toggleRow: (right: AccessRight, index: number) => void;
  whenReady: () => Promise<void>;
}

/**
 * The grid's one focus stop (roving tabindex) and the keys that move it: arrows, Home/End,
 * PageUp/PageDown, Enter to expand a row; and where focus goes after a right was changed.
 */
export class GridFocus {
  private position: GridPosition = { row: 0, stop: 0 };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GridFocusOptions,
  ) {}

  /** The position that takes Tab into the grid. */
  get active(): GridPosition {
    return this.position;
  }

  set active(pos: GridPosition) {
    this.position = pos;
    this.host.requestUpdate();
  }

  onFocusin = (e: FocusEvent): void => {
    const pos = positionOf(e.composedPath()[0] as HTMLElement);
    if (pos && (pos.row !== this.active.row || pos.stop !== this.active.stop)) this.active = pos;
  };

  onKeydown = (e: KeyboardEvent): void => {
    const o = this.options;
    const target = e.composedPath()[0] as HTMLElement;
    const pos = positionOf(target);
    if (!pos) return;
    if (e.key === 'Enter') {
      // Buttons and links act natively; Enter on a plain cell expands its row.
      const right = pos.row >= 0 && target.matches('.cell') ? o.rows.rowAt(pos.row) : undefined;
      if (right) {
        e.preventDefault();
        o.toggleRow(right, pos.row);
      }
      return;
    }
    if ((e.key === 'PageDown' || e.key === 'PageUp') && !o.scrollWindow.measured) {
      // A page is the viewport's height in rows: a key before the first measure (the resize
      // observer's first frame) pages once it is known, not by the defaults (13 rows, not 8).
      e.preventDefault();
      void o.scrollWindow.whenMeasured().then(() => this.move(e, pos));
      return;
    }
    this.move(e, pos);
  };

  /** Moves focus for key `e` from `pos`, when `e` is a key that moves it. */
  private move(e: KeyboardEvent, pos: GridPosition): void {
    const o = this.options;
    const next = keyMove(e, pos, {
      last: (o.rows.total ?? 0) - 1,
      page: o.scrollWindow.page,
      rtl: o.rtl(),
      stopCount: o.stopCount,
    });
    if (!next) return;
    e.preventDefault();
    void this.moveTo(next);
  }

  /** Makes `pos` the active position, scrolls its row into the window and focuses it. */
  async moveTo(pos: GridPosition): Promise<void> {
    const o = this.options;
    this.active = { row: pos.row, stop: Math.min(pos.stop, o.stopCount(pos.row) - 1) };
    const scroller = o.scroller();
    if (scroller && pos.row >= 0 && o.scrollWindow.scrollIntoView(scroller, pos.row))
      this.host.requestUpdate();
    await this.host.updateComplete;
    this.target(this.active, false)?.focus({ preventScroll: true });
  }

  /** The element a grid position focuses if it is rendered, else (with `fallback`) the first cell's. */
  target(pos: GridPosition, fallback = true): HTMLElement | null {
    const root = this.options.root();
    const found =
      root
        .querySelector(`[data-row="${pos.row}"]`)
        ?.querySelector<HTMLElement>(`[data-stop="${pos.stop}"]`) ?? null;
    return found ?? (fallback ? root.querySelector<HTMLElement>('[data-row="0"] [data-stop="0"]') : null);
  }

  /** After a delete: focus the row that took the deleted one's place (or the one before), never `<body>`. */
  async focusNeighbour(row: number): Promise<void> {
    await this.options.whenReady();
    const total = this.options.rows.total ?? 0;
    if (total === 0) {
      this.options.root().querySelector<HTMLElement>('[part~=create], #q')?.focus();
      return;
    }
    await this.moveTo({ row: Math.min(row, total - 1), stop: 0 });
  }

  /** After a create or save: right `id`'s row, scrolled into view and focused. */
  async focusRight(id: string): Promise<void> {
    const index = await this.locate(id);
    if (index !== undefined) await this.moveTo({ row: index, stop: 0 });
  }

  /** The position of right `id` in the current query, loading blocks until found (up to 2,000 rows). */
  private async locate(id: string): Promise<number | undefined> {
    const rows = this.options.rows;
    await this.options.whenReady();
    const total = Math.min(rows.total ?? 0, 2000);
    const block = 100;
    for (let first = 0; first < total; first += block) {
      rows.cache?.ensure(first, first + block - 1);
      await rows.cache?.idle();
      for (let i = first; i < Math.min(first + block, total); i++) if (rows.rowAt(i)?.id === id) return i;
    }
    return undefined;
  }
}
