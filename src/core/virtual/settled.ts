import type { ReactiveElement } from 'lit';

/** The part of a block cache that `settled()` waits on. */
interface Loads {
  readonly loading: boolean;
  idle(): Promise<void>;
}

/**
 * Resolves once `host` has rendered and the loads of `cache()` have ended, as often as one starts
 * the other: a render asks for the rows on show, and rows that arrive render. `cache` is read anew
 * each round, as a render may replace it (a new sort or filter).
 */
export async function settled(host: ReactiveElement, cache: () => Loads | undefined): Promise<void> {
  do {
    await host.updateComplete;
    await cache()?.idle();
  } while (host.isUpdatePending || cache()?.loading);
}
