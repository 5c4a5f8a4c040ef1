import type { ReactiveControllerHost } from 'lit';
import type { AccessRight } from '../../api/schemas/index.js';
import { domainOfRange, growDomain, type TimeDomain } from './timeline.js';

/**
 * The timeline's scale. It stays put while scrolling: from the term the provider reports, else
 * from the first rows, widened only when the user asks (`rescale`) to what rows loaded later need.
 */
export class TimelineScale {
  /** The scale the bars are drawn on. */
  domain?: TimeDomain;
  /** A wider scale that rows loaded later need; applied only on request. */
  private wider?: TimeDomain;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** True while rows loaded later need a wider scale than the one drawn. */
  get canRescale(): boolean {
    return this.wider !== undefined;
  }

  /** A new query: the scale is found again. */
  reset(): void {
    this.domain = this.wider = undefined;
  }

  /** Follows the provider's term, else the rows in the window. */
  follow(range: Parameters<typeof domainOfRange>[0] | undefined, loaded: readonly AccessRight[]): void {
    if (range) {
      this.domain = domainOfRange(range, Date.now());
      this.wider = undefined;
      return;
    }
    if (!this.domain) {
      if (loaded.length) this.domain = growDomain(undefined, loaded, Date.now());
      return;
    }
    const wider = growDomain(this.wider ?? this.domain, loaded, Date.now());
    if (wider !== (this.wider ?? this.domain)) this.wider = wider;
  }

  rescale = (): void => {
    if (this.wider) this.domain = this.wider;
    this.wider = undefined;
    this.host.requestUpdate();
  };
}
