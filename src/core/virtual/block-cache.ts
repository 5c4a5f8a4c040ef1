import type { Page, UnreadableRow } from '../../api/schemas/index.js';
import { mergeCount } from '../count.js';
import { PlacedRows } from './placed-rows.js';

/** Fetches one range of the current query. */
export type FetchRange<P> = (offset: number, limit: number, signal: AbortSignal) => Promise<P>;

/**
 * The rows of one query, fetched in blocks as the scroll window asks for them (server paging).
 * A new query gets a new cache; `dispose()` aborts what the old one still waits for. `P` is the
 * page the fetch answers with, when it carries more than the rows (the table's term).
 */
export class BlockCache<T, P extends Page<T> = Page<T>> {
  /** Rows matching the query as the server counts them; unknown until the first block arrives. */
  private counted: number | undefined;
  /**
   * `false` while the server has only counted to a bound: `total` is then a lower bound that grows
   * as deeper blocks arrive, and never shrinks when an earlier block answers with a smaller one
   * (src/core/count.ts).
   */
  totalExact = true;
  /** The first answer to arrive, for what it reports besides the rows. */
  protected first?: P;
  /** The last failure; cleared by `retry()`. */
  error: unknown;
  /** Rows the client could not read, by their index in the whole query. */
  unreadable: UnreadableRow[] = [];
  private readonly blocks: PlacedRows<T>;
  private readonly pending = new Map<number, Promise<void>>();
  private readonly controller = new AbortController();

  constructor(
    private readonly fetch: FetchRange<P>,
    private readonly onChange: () => void,
    readonly blockSize = 100,
  ) {
    this.blocks = new PlacedRows<T>(blockSize);
  }

  /** Rows of the view: those the server counts, less the refused ones known so far (`PlacedRows`). */
  get total(): number | undefined {
    return this.counted === undefined ? undefined : this.counted - this.blocks.hidden;
  }

  /** The row at `index`, or undefined while its block is not loaded. */
  get(index: number): T | undefined {
    return this.blocks.get(index);
  }

  /** Every row fetched so far, in no particular order. */
  *loaded(): Iterable<T> {
    yield* this.blocks.loaded();
  }

  get loading(): boolean {
    return this.pending.size > 0;
  }

  /** Fetches every block touching rows `first..last` that is neither loaded nor loading. */
  ensure(first: number, last: number): void {
    if (this.error !== undefined) return;
    // Blocks are fetched by their place in the query, past the refused rows before them.
    const from = this.blocks.toQuery(Math.max(0, first));
    const to = this.blocks.toQuery(last);
    const end = this.counted === undefined ? from : Math.min(to, this.counted - 1);
    for (let b = Math.floor(from / this.blockSize); b <= Math.floor(end / this.blockSize); b++)
      if (!this.blocks.has(b) && !this.pending.has(b)) this.load(b);
  }

  /** The rows `first..last`, fetching what is missing; undefined when a block failed. */
  async rows(first: number, last: number): Promise<T[] | undefined> {
    this.ensure(first, last);
    await this.idle();
    const out: T[] = [];
    for (let i = first; i <= last; i++) {
      const row = this.get(i);
      if (row === undefined) return undefined;
      out.push(row);
    }
    return out;
  }

  /** Resolves when no block is loading (tests and the benchmarks wait on it for paint). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending.values()]);
  }

  retry(first: number, last: number): void {
    this.error = undefined;
    this.ensure(first, last);
    this.onChange();
  }

  dispose(): void {
    this.controller.abort();
  }

  private load(block: number): void {
    const request = this.fetch(block * this.blockSize, this.blockSize, this.controller.signal).then(
      (page) => {
        this.blocks.set(block, page);
        for (const row of page.unreadable ?? [])
          this.unreadable.push({ ...row, index: block * this.blockSize + row.index });
        const known =
          this.counted === undefined ? undefined : { total: this.counted, totalExact: this.totalExact };
        const counted = mergeCount(known, page);
        this.counted = counted.total;
        this.totalExact = counted.totalExact !== false;
        this.first ??= page;
      },
      (error: unknown) => {
        if (!this.controller.signal.aborted) this.error = error;
      },
    );
    const done = request.finally(() => {
      this.pending.delete(block);
      if (!this.controller.signal.aborted) this.onChange();
    });
    this.pending.set(block, done);
  }
}
