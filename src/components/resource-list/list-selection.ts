import type { ReactiveControllerHost } from 'lit';
import type { Resource } from '../../api/schemas/index.js';
import { countText } from '../../core/count.js';
import type { Localizer } from '../../core/localize.js';
import type { ListFocus } from './list-focus.js';
import type { ResourceSource } from './resource-source.js';
import { Selection } from './selection.js';

/** What the selection needs of the list; every callback is read when needed. */
export interface ListSelectionOptions {
  l: () => Localizer;
  rows: ResourceSource;
  writable: () => boolean;
  /** The grid's focus: a click moves it, a Shift range without an anchor starts at it. */
  focus: () => ListFocus;
  /** Tells screen readers (the list's live region). */
  announce: (text: string) => void;
}

/** The index of the row an event happened in. */
export function rowIndexOf(e: Event): number | undefined {
  const row = (e.composedPath()[0] as Element).closest?.('[data-index]');
  return row ? Number(row.getAttribute('data-index')) : undefined;
}

/**
 * The list's selection (`Selection`) and the clicks that change it, as a file manager has them:
 * click, Ctrl/Cmd-click, Shift-click, the checkbox; select all and clear; and its count.
 */
export class ListSelection {
  private current = Selection.none;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ListSelectionOptions,
  ) {}

  get value(): Selection {
    return this.current;
  }

  set value(next: Selection) {
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
  }

  /** How many resources are selected. */
  get count(): number {
    return this.current.count(this.options.rows.total ?? 0);
  }

  /** Whether the count is exact, not a lower bound: a select-all past the count's bound is not. */
  get countExact(): boolean {
    return this.options.rows.totalExact || this.current.mode !== 'all';
  }

  /** "12 selected", or "More than 480 selected" for a select-all past the count's bound. */
  countText(count: number): string {
    return countText(this.options.l(), 'resources.selected', { total: count, totalExact: this.countExact });
  }

  /** The one selected resource, when exactly one is and it is loaded. */
  single(): Resource | undefined {
    if (this.count !== 1) return undefined;
    const rows = this.options.rows;
    const total = rows.total ?? 0;
    for (let i = 0; i < total; i++) {
      const r = rows.rowAt(i);
      if (r && this.current.has(r.id)) return r;
    }
    return undefined;
  }

  onMousedown = (e: MouseEvent): void => {
    // Shift-click selects a range; it must not select text as well.
    if (e.shiftKey) e.preventDefault();
  };

  onClick = (e: MouseEvent): void => {
    const index = rowIndexOf(e);
    if (index === undefined) return;
    const r = this.options.rows.rowAt(index);
    if (!r) return;
    const onCheckbox = (e.composedPath()[0] as Element).matches('[data-check]');
    // The checkbox keeps its own focus; the row becomes the grid's stop.
    if (onCheckbox) this.options.focus().index = index;
    else void this.options.focus().focusRow(index);
    if (!this.options.writable()) return;
    if (onCheckbox || ((e.ctrlKey || e.metaKey) && !e.shiftKey))
      this.value = this.current.toggle(r.id, index);
    else if (e.shiftKey) void this.selectRange(index, e.ctrlKey || e.metaKey);
    else this.value = this.current.only(r.id, index);
  };

  /** Shift+arrow: the range from the anchor (or from `from`, where there is none) to `to`. */
  async extend(from: number, to: number): Promise<void> {
    if (this.current.anchor === undefined) this.value = this.current.withAnchor(from);
    await this.selectRange(to, false);
  }

  /** Selects the rows from the anchor to `index` (loading any rows in between first). */
  private async selectRange(index: number, additive: boolean): Promise<void> {
    const anchor = this.current.anchor ?? this.options.focus().index;
    const from = Math.min(anchor, index);
    const to = Math.max(anchor, index);
    const rows = await this.options.rows.cache?.rows(from, to);
    if (!rows) return;
    this.value = this.current.withAnchor(anchor).range(
      rows.map((r) => r.id),
      additive,
    );
  }

  selectAll = (): void => {
    this.value = Selection.all();
    this.options.announce(this.countText(this.options.rows.total ?? 0));
  };

  clear = (): void => {
    this.value = Selection.none;
  };
}
