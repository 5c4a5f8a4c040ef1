import type { IdempotentCallOptions, ProvisioningClient } from '../../api/client.js';
import { newIdempotencyKey } from '../../api/idempotency-key.js';
import type { ImportRow, ImportRowResult, PlannedCustomer } from '../../api/schemas/index.js';

/** Rows per request; the contract allows at most 500. */
export const DEFAULT_BATCH_SIZE = 500;

/**
 * The batches of a file: row indices, rows that carry a customer first (in file order), so that a
 * user row in a later batch finds the customer an earlier batch created.
 */
export function batchesOf(
  rows: readonly ImportRow[],
  size: number,
  include: readonly number[] = rows.map((_, i) => i),
): number[][] {
  const order = [...include.filter((i) => rows[i]!.customer), ...include.filter((i) => !rows[i]!.customer)];
  const batches: number[][] = [];
  for (let i = 0; i < order.length; i += size) batches.push(order.slice(i, i + size));
  return batches;
}

/**
 * One pass over a file's rows, a dry run or the import, batch after batch. It keeps its place: after
 * a failed request `run()` continues with the same batch and, for the import, the same
 * `Idempotency-Key`, so a batch that was written before the connection dropped is replayed by the
 * server instead of written twice.
 */
export class BatchRun {
  readonly batches: number[][];
  readonly results: (ImportRowResult | undefined)[];
  /** Batches answered so far. */
  next = 0;
  /** Rows answered so far. */
  done = 0;
  private readonly keys: string[];
  private readonly planned: PlannedCustomer[] = [];

  constructor(
    private readonly client: ProvisioningClient,
    private readonly accountId: string,
    private readonly rows: readonly ImportRow[],
    readonly dryRun: boolean,
    batchSize = DEFAULT_BATCH_SIZE,
    /** Only these rows (the ones a check passed); results stay indexed by file row. */
    include?: readonly number[],
  ) {
    this.batches = batchesOf(rows, Math.min(Math.max(1, batchSize), DEFAULT_BATCH_SIZE), include);
    this.total = this.batches.reduce((n, b) => n + b.length, 0);
    this.results = rows.map(() => undefined);
    const run = newIdempotencyKey();
    this.keys = this.batches.map((_, i) => `${run}-${i}`);
  }

  /** Rows this run sends. */
  readonly total: number;

  get finished(): boolean {
    return this.next >= this.batches.length;
  }

  /** Sends the remaining batches; rejects with the request's error (then call again to retry). */
  async run(signal: AbortSignal, onBatch: () => void): Promise<void> {
    while (!this.finished) {
      const indices = this.batches[this.next]!;
      const options: IdempotentCallOptions = { signal };
      if (!this.dryRun) options.idempotencyKey = this.keys[this.next]!;
      const answer = await this.client.importRows(
        this.accountId,
        {
          dryRun: this.dryRun,
          rows: indices.map((i) => this.rows[i]!),
          ...(this.dryRun && this.planned.length ? { plannedCustomers: [...this.planned] } : {}),
        },
        options,
      );
      if (signal.aborted) return;
      for (const r of answer.rows) {
        const index = indices[r.index];
        if (index === undefined) continue;
        this.results[index] = { ...r, index };
        const customer = this.rows[index]!.customer;
        if (this.dryRun && r.customer?.action === 'create' && customer)
          this.planned.push({
            name: customer.name,
            ...(customer.reference ? { reference: customer.reference } : {}),
          });
      }
      this.next++;
      this.done += indices.length;
      onBatch();
    }
  }
}
