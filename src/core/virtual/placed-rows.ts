import type { Page } from '../../api/schemas/index.js';

/**
 * The loaded blocks of a virtual list (server paging), with the rows the schema refused left out
 * (issue 20): in a block the readable rows keep their places and a refused row is a hole, and the
 * view skips every hole known so far. So no row after a bad one shifts onto its neighbour's place and
 * no "loading" placeholder is left at the block's end. Holes of blocks not loaded yet are not known;
 * they leave the view once their block arrives.
 */
export class PlacedRows<T> {
  private readonly blocks = new Map<number, readonly (T | undefined)[]>();
  /** Indices in the whole query of the refused rows, ascending. */
  private readonly holes: number[] = [];

  constructor(readonly blockSize: number) {}

  has(block: number): boolean {
    return this.blocks.has(block);
  }

  /** Stores block `block`: its page's rows at their places, a hole where `page.unreadable` names one. */
  set(block: number, page: Page<T>): void {
    const refused = new Set((page.unreadable ?? []).map((row) => row.index));
    const rows: (T | undefined)[] = [];
    let next = 0;
    for (let i = 0; i < page.items.length + refused.size; i++) {
      if (refused.has(i)) this.holes.push(block * this.blockSize + i);
      rows.push(refused.has(i) ? undefined : page.items[next++]);
    }
    this.holes.sort((a, b) => a - b);
    this.blocks.set(block, rows);
  }

  /** Rows left out of the view: the refused ones known so far. */
  get hidden(): number {
    return this.holes.length;
  }

  /** The index in the whole query of the view's row `index`, past the holes before it. */
  toQuery(index: number): number {
    let at = index;
    for (const hole of this.holes) {
      if (hole > at) break;
      at++;
    }
    return at;
  }

  /** The view's row `index`, or undefined while its block is not loaded. */
  get(index: number): T | undefined {
    const at = this.toQuery(index);
    return this.blocks.get(Math.floor(at / this.blockSize))?.[at % this.blockSize];
  }

  /** Every row loaded so far, in no particular order. */
  *loaded(): Iterable<T> {
    for (const block of this.blocks.values()) for (const row of block) if (row !== undefined) yield row;
  }
}
