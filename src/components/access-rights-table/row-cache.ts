import type { AccessRight, UnreadableRow } from '../../api/schemas/index.js';
import { mergeCount } from '../../core/count.js';
import { PlacedRows } from '../../core/virtual/placed-rows.js';
import type {
  AccessRightsDataProvider,
  AccessRightsFilter,
  AccessRightsPage,
  AccessRightsSort,
} from './types.js';

/**
 * The rows of one query (provider + sort + filter), fetched in blocks as the window asks for
 * them. A new query gets a new cache; `dispose()` aborts whatever the old one still waits for.
 */
export class RowCache {
  /** Rows matching the query as the server counts them; unknown until the first block arrives. */
  private counted: number | undefined;
  /**
   * `false` while the server has only counted to a bound: `total` is then a lower bound that grows
   * as deeper blocks arrive, and never shrinks when an earlier block answers with a smaller one.
   */
  totalExact = true;
  /** The first page's answer, for the term it may report (read only when the timeline needs it). */
  private first?: AccessRightsPage;
  /** The last failure; cleared by `retry()`. */
  error: unknown;
  /** Rows the client could not read, by their index in the whole query. */
  unreadable: UnreadableRow[] = [];
  private readonly blocks: PlacedRows<AccessRight>;
  private readonly pending = new Map<number, Promise<void>>();
  private readonly controller = new AbortController();

  constructor(
    private readonly provider: AccessRightsDataProvider,
    readonly sort: AccessRightsSort | undefined,
    readonly filter: AccessRightsFilter,
    private readonly onChange: () => void,
    readonly blockSize = 100,
  ) {
    this.blocks = new PlacedRows<AccessRight>(blockSize);
  }

  /** Rows of the view: those the server counts, less the refused ones known so far (`PlacedRows`). */
  get total(): number | undefined {
    return this.counted === undefined ? undefined : this.counted - this.blocks.hidden;
  }

  /** The term of every matching right, when the provider reports it. */
  get timeRange(): AccessRightsPage['timeRange'] {
    return this.first?.timeRange;
  }

  /** The row at `index`, or undefined while its block is not loaded. */
  get(index: number): AccessRight | undefined {
    return this.blocks.get(index);
  }

  /** Fetches every block that touches rows `first..last` and is not loaded or loading. */
  ensure(first: number, last: number): void {
    if (this.error !== undefined) return;
    // Blocks are fetched by their place in the query, past the refused rows before them.
    const from = this.blocks.toQuery(Math.max(0, first));
    const to = this.blocks.toQuery(last);
    const end = this.counted === undefined ? from : Math.min(to, this.counted - 1);
    for (let b = Math.floor(from / this.blockSize); b <= Math.floor(end / this.blockSize); b++) {
      if (!this.blocks.has(b) && !this.pending.has(b)) this.load(b);
    }
  }

  /** Resolves when no block is loading (used by tests and the benchmark to wait for paint). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending.values()]);
  }

  get loading(): boolean {
    return this.pending.size > 0;
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
    const range = { offset: block * this.blockSize, limit: this.blockSize };
    const request = this.provider(range, this.sort, this.filter, this.controller.signal).then(
      (page) => {
        this.blocks.set(block, page);
        for (const row of page.unreadable ?? [])
          this.unreadable.push({ ...row, index: range.offset + row.index });
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
