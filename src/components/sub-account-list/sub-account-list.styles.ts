import { css } from 'lit';
import { paginationStyles } from '../../core/parts/pagination.js';
import { cardsStyles } from '../../core/styles/cards.styles.js';

export const styles = css`
  ${paginationStyles}${cardsStyles}
  :host {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
    /* Its own surface, so that a forced theme stays legible on any page (as the user manager). */
    background: var(--_surface);
  }
  .toolbar .field select {
    max-inline-size: 14rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .name-cell {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-xs);
  }
  .depth-1 .name-cell {
    padding-inline-start: 1.75rem;
  }
  .depth-2 .name-cell {
    padding-inline-start: 3.5rem;
  }
  .depth-3 .name-cell {
    padding-inline-start: 5.25rem;
  }
  .toggle {
    inline-size: 1.75rem;
    padding-inline: 0;
  }
  .toggle-spacer {
    display: inline-block;
    inline-size: 1.75rem;
    flex: none;
  }
  .name {
    font-weight: 600;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-xs);
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  tr.current td {
    background: var(--_selected);
  }
  .more-row td {
    padding-inline-start: 3.5rem;
  }
  /* Phones: one card per account, name and actions on top, every other value under its label;
     depth shows as the card's indent. */
  @container tk-table (max-width: 40rem) {
    .table tr[part='row'] {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: start;
    }
    tr.current {
      background: var(--_selected);
    }
    .depth-1 .name-cell,
    .depth-2 .name-cell,
    .depth-3 .name-cell {
      padding-inline-start: 0;
    }
    .table tr.depth-1 {
      margin-inline-start: var(--_space-m);
    }
    .table tr.depth-2,
    .table tr.depth-3 {
      margin-inline-start: calc(2 * var(--_space-m));
    }
    td.actions {
      grid-column: 2;
      grid-row: 1;
    }
    td[data-label]::before {
      min-inline-size: 7rem;
    }
    .more-row td {
      padding-inline-start: var(--_space-m);
    }
  }
  dialog.form-dialog {
    inline-size: min(44rem, calc(100vw - 2 * var(--_space-m)));
  }
`;
