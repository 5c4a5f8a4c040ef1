import { leastWidths, measureFits, trackOf, type ColumnFits } from './column-fit.js';
import type { ResolvedColumn } from './columns.js';

/**
 * The columns' widths: what the hidden sizer (column-fit.ts) measured for the columns in view,
 * the width available to them, and each column's least width for the rows shown.
 */
export class ColumnSizer {
  /** Each column's least width (px): what its localized header and contents need. */
  private least: number[] = [];
  /** What the sizer measured for `columns`, and the root font size then. */
  private fits?: { columns: readonly ResolvedColumn[]; fits: ColumnFits; rem: number };
  /** The scroller's inner width (the host's before there is one), as last measured after layout. */
  private available = 0;
  /** The frame that measures the sizer while there are no rows yet. */
  private frame?: number;

  /** `sizer` finds the hidden sizer (renderSizer) in the element. */
  constructor(private readonly sizer: () => Element | null | undefined) {}

  /** True when the sizer was measured for exactly these columns. */
  private fitFor(columns: readonly ResolvedColumn[]): boolean {
    return this.fits?.columns === columns;
  }

  /** Reads the sizer and the available width (after a layout, or forcing one). */
  measure(columns: readonly ResolvedColumn[], available: number): void {
    this.available = available;
    const sizer = this.sizer();
    if (!sizer) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.fits = { columns, fits: measureFits(sizer, columns.length), rem };
  }

  /** The least widths again for `total` rows; true when they changed. */
  refit(columns: readonly ResolvedColumn[], total: number): boolean {
    const least = this.leastWidths(columns, total);
    const changed = least.some((w, i) => w !== this.least[i]);
    this.least = least;
    return changed;
  }

  /**
   * The widths for rows about to be drawn. The sizer is measured after a layout (in `ahead`'s
   * frame, usually while the table still waits for its rows, and in the resize observer's); only
   * rows drawn for columns not measured yet (another language, other columns, rows given before
   * the first frame) force one layout here, so that the first painted frame has the right widths.
   */
  fit(columns: readonly ResolvedColumn[], scroller: HTMLElement, total: number): void {
    if (!this.fitFor(columns)) this.measure(columns, scroller.clientWidth);
    this.least = this.leastWidths(columns, total);
  }

  /**
   * Without rows on screen, measures the sizer in the next frame, in the layout that frame does
   * anyway (a small one: toolbar and panel), so that the rows, once they come, need no other.
   * `width` is read then, and undefined once a scroller took over the measuring.
   */
  ahead(columns: readonly ResolvedColumn[], width: () => number | undefined): void {
    if (this.frame !== undefined || this.fitFor(columns)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      const available = width();
      if (available !== undefined) this.measure(columns, available);
    });
  }

  cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** The grid's `grid-template-columns` and least total width, from the widths fitted last. */
  tracks(columns: readonly ResolvedColumn[]): { columns: string; minWidth: string } {
    const least = columns.map((c, i) => this.least[i] ?? c.min * 16);
    return {
      columns: columns.map((c, i) => trackOf(c, least[i]!)).join(' '),
      minWidth: `${least.reduce((a, b) => a + b, 0)}px`,
    };
  }

  private leastWidths(columns: readonly ResolvedColumn[], total: number): number[] {
    const fits = this.fits;
    if (fits?.columns !== columns) return this.least;
    return leastWidths(columns, fits.fits, this.available, fits.rem, total);
  }
}
