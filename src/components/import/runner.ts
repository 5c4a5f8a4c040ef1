import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import type { ImportRow } from '../../api/schemas/index.js';
import { BatchRun } from './batches.js';
import { unstorableRows } from './unstorable.js';

/** What the element does when the import writes a batch, and when the last one is written. */
export interface RunnerHooks {
  progress(run: BatchRun): void;
  complete(run: BatchRun): void;
}

/**
 * Runs the check (a dry run) and the import batch after batch, with one abort signal, the elapsed
 * time, and the failure or cancel that stopped it. A failed run keeps its place: `retryCheck()`
 * and `retryImport()` go on with the same batch and, for the import, the same `Idempotency-Key`.
 */
export class ImportRunner implements ReactiveController {
  checkRun?: BatchRun;
  importRun?: BatchRun;
  busy = false;
  error?: unknown;
  cancelled = false;
  /** Milliseconds since the import started, ticking each second while it runs. */
  elapsed = 0;
  private abort?: AbortController;
  private startedAt = 0;
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: RunnerHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    clearInterval(this.timer);
  }

  /** A new check: `rows` builds the rows to send (it may load what it needs first). */
  async check(
    client: ProvisioningClient,
    accountId: string,
    batchSize: number,
    rows: (signal: AbortSignal) => Promise<ImportRow[]>,
  ): Promise<void> {
    this.stop();
    const abort = (this.abort = new AbortController());
    this.error = undefined;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const all = await rows(abort.signal);
      // A row with text the server cannot store fails on its own, unsent; the others are checked.
      const refused = unstorableRows(all);
      const sent = all.map((_, i) => i).filter((i) => !refused.has(i));
      const run = new BatchRun(client, accountId, all, true, batchSize, sent);
      for (const [i, result] of refused) run.results[i] = result;
      this.checkRun = run;
    } catch (error) {
      if (!abort.signal.aborted) this.error = error;
      this.busy = false;
      this.host.requestUpdate();
      return;
    }
    await this.retryCheck();
  }

  /** Goes on with the check's remaining batches. */
  async retryCheck(): Promise<void> {
    const run = this.checkRun;
    const abort = this.abort;
    if (!run || !abort) return;
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await run.run(abort.signal, () => this.host.requestUpdate());
    } catch (error) {
      if (!abort.signal.aborted) this.error = error;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** A new import of the rows at `include` (the ones the check passed). */
  async startImport(
    client: ProvisioningClient,
    accountId: string,
    batchSize: number,
    rows: readonly ImportRow[],
    include: readonly number[],
  ): Promise<void> {
    this.importRun = new BatchRun(client, accountId, rows, false, batchSize, include);
    this.startedAt = Date.now();
    this.elapsed = 0;
    await this.retryImport();
  }

  /** Goes on with the import's remaining batches, the failed one first under its own key. */
  async retryImport(): Promise<void> {
    const run = this.importRun;
    if (!run) return;
    const abort = (this.abort = new AbortController());
    this.busy = true;
    this.error = undefined;
    this.cancelled = false;
    this.host.requestUpdate();
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.elapsed = Date.now() - this.startedAt;
      this.host.requestUpdate();
    }, 1000);
    try {
      await run.run(abort.signal, () => {
        this.host.requestUpdate();
        this.hooks.progress(run);
      });
      if (run.finished) this.hooks.complete(run);
    } catch (error) {
      if (abort.signal.aborted) this.cancelled = true;
      else this.error = error;
    } finally {
      clearInterval(this.timer);
      this.elapsed = Date.now() - this.startedAt;
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Stops after the batch in flight; the server may still write that one. */
  cancel(): void {
    this.stop();
    this.cancelled = true;
    this.host.requestUpdate();
  }

  reset(): void {
    this.stop();
    Object.assign(this, { checkRun: undefined, importRun: undefined, error: undefined, cancelled: false });
  }

  private stop(): void {
    this.abort?.abort();
  }
}
