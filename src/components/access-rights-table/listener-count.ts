import type { ReactiveControllerHost } from 'lit';

/**
 * The listeners of one event on the element, as its `addEventListener` and `removeEventListener`
 * overrides report them, so that it renders differently while something listens: the table's
 * offer IDs are buttons only while a `tk-offer-open` listener is on it.
 */
export class ListenerCount {
  private readonly listeners = new Set<EventListenerOrEventListenerObject>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** True while at least one listener is on. */
  get any(): boolean {
    return this.listeners.size > 0;
  }

  added(listener: EventListenerOrEventListenerObject): void {
    if (this.listeners.has(listener)) return;
    this.listeners.add(listener);
    this.host.requestUpdate();
  }

  removed(listener: EventListenerOrEventListenerObject): void {
    if (this.listeners.delete(listener)) this.host.requestUpdate();
  }
}
