import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedColumn } from './columns.js';

/**
 * Column widths that fit their localized content. Every row is a grid of its own (rows are
 * virtualized), so tracks cannot size to content. Instead an invisible sizer draws, per column,
 * the header at its narrowest (wrapped at word boundaries only: its longest word and the sort
 * icon) and each of the column's `fits` on one line; the widest becomes the track's least width.
 * "Startdatum" then never breaks inside the word, and "Deaktiviert" is never clipped.
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
          ${(col.fits ?? []).map((content) => html`<div class="cell" data-fit=${i}>${content}</div>`)}`,
    )}
  </div>`;
}

/** What the sizer measured per column, in whole px: the header's longest word, the widest content. */
export interface ColumnFits {
  header: number[];
  content: number[];
}

export function measureFits(sizer: Element | null, count: number): ColumnFits {
  const fits: ColumnFits = { header: new Array(count).fill(0), content: new Array(count).fill(0) };
  for (const cell of sizer?.querySelectorAll<HTMLElement>('[data-fit]') ?? []) {
    const i = Number(cell.dataset['fit']);
    const into = 'header' in cell.dataset ? fits.header : fits.content;
    if (i < count) into[i] = Math.max(into[i]!, Math.ceil(cell.getBoundingClientRect().width));
  }
  return fits;
}

export const sameFits = (a: ColumnFits, b: ColumnFits) =>
  a.header.length === b.header.length &&
  a.header.every((h, i) => h === b.header[i] && a.content[i] === b.content[i]);

/** Where space is short, a header word wider than this ends in an ellipsis (the tooltip has it all). */
const HEADER_CAP_REM = 8.5;

/**
 * Each column's least width in px: its own minimum, its widest content, and its header's longest
 * word; when those do not all fit into `available` px, header words are capped at 8.5rem.
 */
export function leastWidths(
  columns: readonly ResolvedColumn[],
  fits: ColumnFits,
  available: number,
  rem: number,
): number[] {
  const widths = (cap: number) =>
    columns.map((col, i) =>
      col.track
        ? trackRem(col.track) * rem
        : Math.max(col.min * rem, Math.min(fits.header[i] ?? 0, cap), fits.content[i] ?? 0),
    );
  const whole = widths(Infinity);
  return whole.reduce((a, b) => a + b, 0) <= available ? whole : widths(HEADER_CAP_REM * rem);
}

/** A host track's least width in rem (its first rem length, else 8). */
const trackRem = (track: string) => Number(/(\d+(?:\.\d+)?)rem/.exec(track)?.[1]) || 8;

/** The CSS grid track of a column at least `least` px wide. */
export const trackOf = (col: ResolvedColumn, least: number): string =>
  col.track ?? `minmax(${least}px, ${col.grow})`;
