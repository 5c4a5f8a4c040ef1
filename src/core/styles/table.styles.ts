import { css } from 'lit';

/**
 * Table: `.table-wrap` (a query container) and `table.table`, `.th-text`, `.cell-text`, `.sub`,
 * `tr.selected`; a column header's sort button, `.sort` with its `.sort-icon`, in every list.
 * Phones show a table as cards where an element adds `cardsStyles` (cards.styles.ts).
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
`;
