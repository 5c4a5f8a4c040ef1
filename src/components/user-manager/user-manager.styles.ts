import { css } from 'lit';
import { paginationStyles } from '../../core/parts/pagination.js';
import { cardsStyles } from '../../core/styles/cards.styles.js';

/**
 * Layout of <tk-user-manager>; controls, table, badges, banners and dialogs come from the shared
 * design language (core/shared.styles.ts). Logical properties only.
 *
 * The table fits its container (container queries on `.table-wrap`):
 * - from 90rem: every column;
 * - below: the login folds under the name;
 * - below 68rem: role folds under the e-mail, the password link under the status;
 * - below 40rem (phones): one card per user.
 */
export const styles = css`
  ${paginationStyles}${cardsStyles}
  :host {
    display: grid;
    gap: var(--_space-m);
    /* Its own surface, so that a forced theme stays legible on any page (as the access-rights table). */
    background: var(--tk-user-manager-background, var(--_surface));
  }
  .filter select {
    min-inline-size: 8rem;
  }
  .read-only {
    margin: 0;
  }
  .bulk {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_selected);
  }
  .bulk > span {
    font-weight: 600;
    margin-inline-end: auto;
  }
  .results {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .results h2 {
    margin-block: 0 var(--_space-xs);
    font-size: 1em;
  }
  .results ul {
    margin-block: var(--_space-s);
    padding-inline-start: var(--_space-l);
  }
  .results .ok {
    color: var(--_success);
  }
  .results .failed {
    color: var(--_danger);
  }
  table[aria-busy='true'] tbody {
    opacity: 0.6;
  }
  .table th {
    white-space: nowrap;
    max-inline-size: 12rem;
  }
  .table th.select,
  .table td.select {
    inline-size: 2.25rem;
  }
  td.name {
    min-inline-size: 8rem;
    /* A name or login without spaces (a hostile one, issue 20) wraps instead of widening the table. */
    overflow-wrap: anywhere;
  }
  .cell-name {
    font-weight: 500;
  }
  td.email .cell-text {
    max-inline-size: 17rem;
  }
  td.login {
    overflow-wrap: anywhere;
  }
  .col-last,
  .col-status {
    white-space: nowrap;
  }
  .link-info {
    white-space: normal;
  }
  td.actions {
    white-space: nowrap;
    text-align: end;
  }
  .row-actions {
    display: inline-flex;
    gap: var(--_space-xs);
  }
  .sort {
    max-inline-size: 100%;
    font-weight: 600;
    /* Follow the header row, which a brand may restyle through ::part(header-row). */
    text-transform: inherit;
    letter-spacing: inherit;
  }
  .sort-mark {
    min-inline-size: 1ch;
  }
  /* What folds into other cells on narrower hosts. */
  .sub.role-sub,
  .sub.link-sub {
    display: none;
  }
  @container tk-table (max-width: 90rem) {
    .col-login {
      display: none;
    }
  }
  @container tk-table (min-width: 90rem) {
    .sub.login-sub {
      display: none;
    }
  }
  @container tk-table (max-width: 68rem) {
    .col-role,
    .col-link {
      display: none;
    }
    .sub.role-sub,
    .sub.link-sub {
      display: block;
    }
    td.email .cell-text {
      max-inline-size: 14rem;
    }
  }
  @container tk-table (max-width: 50rem) {
    td.email .cell-text {
      max-inline-size: 10rem;
    }
  }
  /* Phones: one card per user; every value under its label. */
  @container tk-table (max-width: 40rem) {
    .table tr {
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: center;
    }
    td.select {
      grid-row: 1;
    }
    td.name {
      grid-column: 2;
      grid-row: 1;
      min-inline-size: 0;
    }
    td.actions {
      grid-column: 3;
      grid-row: 1;
    }
    td.email .cell-text {
      flex: 1 1 0;
      min-inline-size: 0;
      max-inline-size: none;
    }
    .table .col-role,
    .table .col-link {
      display: flex;
    }
    .table .col-login,
    .sub.role-sub,
    .sub.link-sub {
      display: none;
    }
    .table td.col-link:empty {
      display: none;
    }
  }
  .pagination {
    column-gap: var(--_space-m);
  }
  .pagination .field {
    grid-auto-flow: column;
    align-items: center;
    gap: var(--_space-s);
  }
  .pagination input {
    inline-size: 5rem;
  }
  .page-jump {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  #user-dialog {
    inline-size: var(--tk-user-manager-dialog-width, 36rem);
  }
  form {
    display: grid;
    gap: var(--_space-m);
  }
  .names {
    max-block-size: 12rem;
    overflow-y: auto;
  }
  @media (forced-colors: active) {
    tr.selected td {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
