/**
 * Row geometry of the virtual list: every row is `rowHeight` tall, expanded rows add their
 * measured detail height. Offsets cost O(expanded rows), never O(rows).
 */
export class RowGeometry {
  rowHeight = 40;
  /** Extra height of expanded rows, by row index. */
  readonly extra = new Map<number, number>();
  private sorted: [number, number][] | undefined;

  setExtra(index: number, height: number | undefined): void {
    if (height === undefined) this.extra.delete(index);
    else this.extra.set(index, height);
    this.sorted = undefined;
  }

  clear(): void {
    this.extra.clear();
    this.sorted = undefined;
  }

  private entries(): [number, number][] {
    return (this.sorted ??= [...this.extra].sort((a, b) => a[0] - b[0]));
  }

  /** Top of row `index` inside the body. */
  offsetOf(index: number): number {
    let y = index * this.rowHeight;
    for (const [i, h] of this.entries()) if (i < index) y += h;
    return y;
  }

  totalHeight(count: number): number {
    return this.offsetOf(count);
  }

  /** The row at body position `y` (clamped to 0). */
  indexAt(y: number): number {
    if (y <= 0) return 0;
    let added = 0;
    for (const [i, h] of this.entries()) {
      const top = i * this.rowHeight + added;
      if (y < top) break;
      if (y < top + this.rowHeight + h) return i;
      added += h;
    }
    return Math.floor((y - added) / this.rowHeight);
  }
}
