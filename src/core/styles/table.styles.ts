import { css } from 'lit';

/**
 * Table: `.table-wrap` (a query container) and `table.table`, `.th-text`, `.cell-text`, `.sub`,
 * `tr.selected`; a column header's sort button, `.sort` with its `.sort-icon`, in every list.
 * `table.table.cards`: on phones each `tr[part=row]` is a card, and each `td[data-label]` a line of
 * it under its label; the element lays out the card's grid (its columns, the first line's cells).
 */
export const tableStyles = css`
  .table-wrap {
    container: tk-table / inline-size;
    /* Contains absolutely positioned visually-hidden labels, which would otherwise widen the page. */
    position: relative;
    min-inline-size: 0;
  }
  table.table {
    inline-size: 100%;
    border-collapse: collapse;
    background: var(--_surface);
  }
  .table th,
  .table td {
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  .table th {
    background: var(--_surface-raised);
    color: var(--_text);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .th-text,
  .cell-text {
    display: block;
    max-inline-size: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .sub {
    display: block;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .table tr.selected td {
    background: var(--_selected);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    cursor: pointer;
    text-align: start;
  }
  .sort-icon {
    color: var(--_text-muted);
  }
  /* The labelled lines keep the specificity of a plain td, so that an element's column rules win. */
  @container tk-table (max-width: 40rem) {
    .cards,
    .cards tbody,
    .cards td {
      display: block;
    }
    .cards thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .cards tr[part='row'] {
      display: grid;
      gap: var(--_space-xs) var(--_space-s);
      margin-block-end: var(--_space-s);
      padding: var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .cards td {
      padding: 0;
      border: 0;
      background: none;
    }
    .cards tr.selected {
      background: var(--_selected);
    }
    .cards tr.selected td {
      background: none;
    }
    :where(.cards) td[data-label] {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-s);
    }
    :where(.cards) td[data-label]::before {
      content: attr(data-label);
      min-inline-size: 8rem;
      color: var(--_text-muted);
      font-size: var(--_font-size-s);
    }
  }
`;
