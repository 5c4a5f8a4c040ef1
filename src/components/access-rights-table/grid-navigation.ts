import type { AccessRight } from '../../api/schemas/index.js';
import type { ResolvedColumn } from './columns.js';

/** Where keyboard focus is in the grid: a row (-1 is the header) and a focus stop in it. */
export interface GridPosition {
  row: number;
  stop: number;
}

/** What a key move needs to know about the grid around it. */
export interface GridBounds {
  /** The last row index. */
  last: number;
  /** Rows per PageUp/PageDown. */
  page: number;
  rtl: boolean;
  stopCount: (row: number) => number;
}

/** The grid position of an element in a row, or undefined outside the rows (and inside a row's detail). */
export function positionOf(target: HTMLElement): GridPosition | undefined {
  if (target.closest('.detail')) return undefined;
  const stopEl = target.closest<HTMLElement>('[data-stop]');
  const rowEl = target.closest<HTMLElement>('[data-row]');
  if (!stopEl || !rowEl) return undefined;
  return { row: Number(rowEl.dataset['row']), stop: Number(stopEl.dataset['stop']) };
}

/** Focus stops of a row: one per cell, except the action cell of a writable manual right (edit, delete). */
export function focusStops(columns: readonly ResolvedColumn[], right: AccessRight | undefined): number {
  const hasActions = columns.some((c) => c.kind === 'action') && right?.manual;
  return columns.length + (hasActions ? 1 : 0);
}

/** Where an arrow, paging, Home or End key moves focus (ARIA grid pattern); undefined for other keys. */
export function keyMove(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey'>,
  pos: GridPosition,
  { last, page, rtl, stopCount }: GridBounds,
): GridPosition | undefined {
  const forward = rtl ? -1 : 1;
  const clampStop = (stop: number) => Math.max(0, Math.min(stop, stopCount(pos.row) - 1));
  switch (e.key) {
    case 'ArrowRight':
      return { row: pos.row, stop: clampStop(pos.stop + forward) };
    case 'ArrowLeft':
      return { row: pos.row, stop: clampStop(pos.stop - forward) };
    case 'ArrowDown':
      return { row: Math.min(last, pos.row + 1), stop: pos.stop };
    case 'ArrowUp':
      return { row: Math.max(-1, pos.row - 1), stop: pos.stop };
    case 'PageDown':
      return { row: Math.min(last, Math.max(0, pos.row + page)), stop: pos.stop };
    case 'PageUp':
      return { row: pos.row < 0 ? -1 : Math.max(0, pos.row - page), stop: pos.stop };
    case 'Home':
      return { row: e.ctrlKey ? 0 : pos.row, stop: 0 };
    case 'End':
      return { row: e.ctrlKey ? last : pos.row, stop: Number.MAX_SAFE_INTEGER };
    default:
      return undefined;
  }
}

/** The position that carries `tabindex=0`: the active one, or the first rendered row when it scrolled away. */
export function tabPosition(
  active: GridPosition,
  windowStart: number,
  windowEnd: number,
  stopCount: (row: number) => number,
): GridPosition {
  const { row, stop } = active;
  const inView = row === -1 || (row >= windowStart && row <= windowEnd);
  const tabRow = inView ? row : windowStart;
  return { row: tabRow, stop: Math.min(stop, stopCount(tabRow) - 1) };
}
