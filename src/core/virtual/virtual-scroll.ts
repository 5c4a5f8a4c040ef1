import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OVERSCAN, ScrollWindow } from './scroll-window.js';

/** What a virtual list gives its scroll geometry; every callback is read when needed. */
export interface VirtualScrollOptions {
  /** The element's render root, holding `.scroller` with its `.header`, `.body > .window` and `.probe`. */
  root: () => ParentNode;
  /** How many rows the list shows (0 while unknown). */
  total: () => number;
  /**
   * The element's own custom properties on the scroller, set with the geometry: its column tracks.
   * Without it the element's columns are fixed by its styles (the import's results).
   */
  tracks?: () => Readonly<Record<string, string>>;
  /** Rendered rows that are expanded: their measured height is added to the row's. */
  expanded?: () => readonly number[];
  /** Reads what the tracks depend on after a resize; true when they changed, to set them at once. */
  onResize?: (scroller: HTMLElement) => boolean;
  /**
   * Measure a frame after the observer reports the sizes: needed when an update made by the
   * measure resizes what is observed (the table's header when its columns change), which would
   * end the observer's loop with an error.
   */
  measureNextFrame?: boolean;
  /**
   * Also measure after each render, before the frame is painted: for a scroller as tall as its rows
   * up to a maximum (the import's results), whose first frame would otherwise be laid out with the
   * default row height, then jump when the observer reports the real one.
   */
  measureAfterRender?: boolean;
}

/**
 * The scroll geometry of a virtual list: the window of rendered rows (`ScrollWindow`), the sizes
 * it is computed from, read by a ResizeObserver after layout, and the body's height and the
 * window's offset, set as `--_total` and `--_offset` through CSSOM, which a strict CSP allows,
 * unlike `style` attributes.
 */
export class VirtualScroll implements ReactiveController {
  readonly window = new ScrollWindow();
  private readonly observer: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VirtualScrollOptions,
  ) {
    host.addController(this);
    this.observer = new ResizeObserver(() =>
      options.measureNextFrame ? requestAnimationFrame(() => this.measure()) : this.measure(),
    );
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /**
   * Recomputes the rendered rows for the scroll position, and asks `rows` for them with four
   * overscans more each side, so that a short scroll finds its rows loaded.
   */
  compute(rows?: { ensure(first: number, last: number): void }): void {
    const w = this.window;
    w.compute(this.options.total());
    rows?.ensure(Math.max(0, w.start - OVERSCAN * 4), w.end + OVERSCAN * 4);
  }

  /** After a render: observes what the sizes are read from and positions the body and the window. */
  layout(): void {
    const scroller = this.find('.scroller');
    if (!scroller) return;
    const observe = (el: Element | null | undefined) => el && this.observer.observe(el);
    observe(scroller);
    observe(this.find('.probe'));
    observe(this.find('.header'));
    for (const index of this.options.expanded?.() ?? [])
      observe(scroller.querySelector(`.body [data-row="${index}"]`));
    if (this.options.measureAfterRender) this.measure();
    this.applyGeometry();
  }

  /** Sets the body's height, the window's offset and the element's tracks where they changed. */
  applyGeometry(): void {
    const set = (el: HTMLElement | undefined, name: string, value: string) => {
      if (el && el.style.getPropertyValue(name) !== value) el.style.setProperty(name, value);
    };
    const g = this.window.geometry;
    set(this.find('.body'), '--_total', `${g.totalHeight(this.options.total())}px`);
    set(this.find('.window'), '--_offset', `${g.offsetOf(this.window.start)}px`);
    const scroller = this.find('.scroller');
    for (const [name, value] of Object.entries(this.options.tracks?.() ?? {})) set(scroller, name, value);
  }

  onScroll = (e: Event): void => {
    if (this.window.scrolled((e.target as HTMLElement).scrollTop, this.options.total()))
      this.host.requestUpdate();
  };

  /** Back to the top of the list, with expanded heights forgotten (a new query). */
  reset(): void {
    this.window.reset(this.find('.scroller'));
  }

  /** Reads the sizes the window depends on; re-renders when they changed. */
  private measure(): void {
    const scroller = this.find('.scroller');
    if (!scroller) return;
    if (this.options.onResize?.(scroller)) this.applyGeometry();
    const expanded = new Set(this.options.expanded?.());
    if (this.window.measure(scroller, this.find('.probe'), this.find('.header') ?? null, expanded))
      this.host.requestUpdate();
  }

  private find(selector: string): HTMLElement | undefined {
    return this.options.root().querySelector<HTMLElement>(selector) ?? undefined;
  }
}
