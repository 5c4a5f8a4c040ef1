import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedColumn } from './columns.js';

/**
 * Column widths that fit their localized content. Every row is a grid of its own (rows are
 * virtualized), so tracks cannot size to content. Instead an invisible sizer draws, per column,
 * the header at its narrowest (wrapped at word boundaries only: its longest word and the sort
 * icon) and each of the column's `fits` on one line; the widest becomes the track's least width.
 * "Startdatum" then never breaks inside the word, and "Deaktiviert" is never clipped. The sizer
 * does not depend on the rows (a column's `countFits` are drawn for every digit count), so it is
 * measured once per language and set of columns, before any row is there if the table waits for them.
 */
export function renderSizer(columns: readonly ResolvedColumn[]): TemplateResult {
  return html`<div class="sizer" aria-hidden="true">
    ${columns.map(
      (col, i) =>
        html`<div class="cell header-fit" data-fit=${i} data-header>
            <span class="sort"
              ><span class="text">${col.header}</span>${
                col.sortField ? html`<span class="sort-icon">↕</span>` : nothing
              }</span
            >
          </div>
          ${(col.fits ?? []).map((content) => html`<div class="cell" data-fit=${i}>${content}</div>`)}
          ${(col.countFits ?? []).map(
            (content, d) => html`<div class="cell" data-fit=${i} data-digits=${d + 1}>${content}</div>`,
          )}`,
    )}
  </div>`;
}

/** What the sizer measured per column, in whole px: the header's longest word, the widest content. */
export interface ColumnFits {
  header: number[];
  content: number[];
  /** Per column, the width of its `countFits` by digit count (index 0: one digit). */
  counts: number[][];
}

export function measureFits(sizer: Element, count: number): ColumnFits {
  const fits: ColumnFits = {
    header: new Array(count).fill(0),
    content: new Array(count).fill(0),
    counts: Array.from({ length: count }, () => []),
  };
  for (const cell of sizer.querySelectorAll<HTMLElement>('[data-fit]')) {
    const i = Number(cell.dataset['fit']);
    if (i >= count) continue;
    const width = Math.ceil(cell.getBoundingClientRect().width);
    const digits = cell.dataset['digits'];
    if (digits) fits.counts[i]![Number(digits) - 1] = width;
    else {
      const into = 'header' in cell.dataset ? fits.header : fits.content;
      into[i] = Math.max(into[i]!, width);
    }
  }
  return fits;
}

/** The width a column's count fits need for `rows` rows (0 without count fits). */
const countWidth = (widths: readonly number[] | undefined, rows: number): number =>
  widths?.length ? (widths[Math.min(String(Math.max(rows, 1)).length, widths.length) - 1] ?? 0) : 0;

/** Where space is short, a header word wider than this ends in an ellipsis (the tooltip has it all). */
const HEADER_CAP_REM = 8.5;

/**
 * Each column's least width in px: its own minimum, its widest content (for a table of `rows`
 * rows), and its header's longest word; when those do not all fit into `available` px, header
 * words are capped at 8.5rem.
 */
export function leastWidths(
  columns: readonly ResolvedColumn[],
  fits: ColumnFits,
  available: number,
  rem: number,
  rows: number,
): number[] {
  const widths = (cap: number) =>
    columns.map((col, i) =>
      col.track
        ? trackRem(col.track) * rem
        : Math.max(
            col.min * rem,
            Math.min(fits.header[i] ?? 0, cap),
            fits.content[i] ?? 0,
            countWidth(fits.counts[i], rows),
          ),
    );
  const whole = widths(Infinity);
  return whole.reduce((a, b) => a + b, 0) <= available ? whole : widths(HEADER_CAP_REM * rem);
}

/** A host track's least width in rem (its first rem length, else 8). */
const trackRem = (track: string) => Number(/(\d+(?:\.\d+)?)rem/.exec(track)?.[1]) || 8;

/** The CSS grid track of a column at least `least` px wide. */
export const trackOf = (col: ResolvedColumn, least: number): string =>
  col.track ?? `minmax(${least}px, ${col.grow})`;
