import type { ReactiveControllerHost } from 'lit';
import type { ScrollWindow } from '../../core/virtual/scroll-window.js';
import type { ListSelection } from './list-selection.js';
import type { ResourceSource } from './resource-source.js';

/** What the grid's focus needs of the list; every callback is read when needed. */
export interface ListFocusOptions {
  root: () => ParentNode;
  scroller: () => HTMLElement | undefined;
  scrollWindow: ScrollWindow;
  rows: ResourceSource;
  writable: () => boolean;
  selection: ListSelection;
  /** Opens the actions menu at the focused row (the Menu key, Shift+F10). */
  openMenu: () => void;
}

/**
 * The grid's focused row (roving tabindex) and its keys: arrows, PageUp/PageDown, Home/End move
 * focus, and select as they go (plain moves select the row, Shift extends, Ctrl only moves);
 * Space toggles, Ctrl+A selects every match, Escape clears, the Menu key opens the actions.
 */
export class ListFocus {
  private row = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ListFocusOptions,
  ) {}

  /** The row that holds the grid's tab stop. */
  get index(): number {
    return this.row;
  }

  set index(next: number) {
    if (next === this.row) return;
    this.row = next;
    this.host.requestUpdate();
  }

  onKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented) return;
    const target = e.composedPath()[0] as Element;
    if (target.closest?.('.header')) return;
    const o = this.options;
    const total = o.rows.total ?? 0;
    if (!total) return;
    const mod = e.ctrlKey || e.metaKey;
    const current = this.row;
    const writable = o.writable();
    if ((e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) && writable) {
      e.preventDefault();
      o.openMenu();
      return;
    }
    if (mod && e.key.toLowerCase() === 'a' && writable) {
      e.preventDefault();
      o.selection.selectAll();
      return;
    }
    if (e.key === 'Escape' && writable && !o.selection.value.empty) {
      e.preventDefault();
      o.selection.clear();
      return;
    }
    if (e.key === ' ' && writable) {
      e.preventDefault();
      const r = o.rows.rowAt(current);
      if (r) o.selection.value = o.selection.value.toggle(r.id, current);
      return;
    }
    const page = o.scrollWindow.page;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: total - 1,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(total - 1, moves[e.key]!));
    void this.moveFocus(current, next, e.shiftKey, mod);
  };

  /** Focuses row `index`, scrolled into view under the header. */
  async focusRow(index: number): Promise<void> {
    this.index = index;
    const scroller = this.options.scroller();
    if (scroller && this.options.scrollWindow.scrollIntoView(scroller, index)) this.host.requestUpdate();
    await this.host.updateComplete;
    this.options
      .root()
      .querySelector<HTMLElement>(`.body [data-index="${index}"]`)
      ?.focus({ preventScroll: true });
  }

  /** Where focus goes when a menu or dialog closes without its trigger: the grid's stop, else the search. */
  focusable(): HTMLElement | null {
    const root = this.options.root();
    return root.querySelector<HTMLElement>('.body [tabindex="0"]') ?? root.querySelector<HTMLElement>('#q');
  }

  /** Arrow keys: focus moves; plain moves select the row, Shift extends, Ctrl only moves focus. */
  private async moveFocus(from: number, to: number, extend: boolean, focusOnly: boolean): Promise<void> {
    await this.focusRow(to);
    const o = this.options;
    if (!o.writable() || focusOnly) return;
    if (extend) return o.selection.extend(from, to);
    const r = o.rows.rowAt(to) ?? (await o.rows.cache?.rows(to, to))?.[0];
    if (r) o.selection.value = o.selection.value.only(r.id, to);
  }
}
