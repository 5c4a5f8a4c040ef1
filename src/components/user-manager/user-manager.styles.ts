import { css } from 'lit';

/** Layout of <tk-user-manager>; colours and spacing come from the shared tokens. Logical properties only. */
export const styles = css`
  :host {
    display: grid;
    gap: var(--_space-m);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .search {
    flex: 1 1 14rem;
    display: grid;
  }
  .filter {
    display: grid;
    gap: var(--_space-xs);
    font-size: var(--_font-size-s);
  }
  .create {
    margin-inline-start: auto;
  }
  .read-only,
  .count {
    margin: 0;
  }
  .count {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
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
  .table-wrap {
    overflow-x: auto;
    /* Contains the absolutely positioned visually-hidden labels, which would otherwise widen the page. */
    position: relative;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    background: var(--_surface);
  }
  table[aria-busy='true'] tbody {
    opacity: 0.6;
  }
  th,
  td {
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  th {
    background: var(--_surface-raised);
    font-size: var(--_font-size-s);
    white-space: nowrap;
  }
  tr.selected td {
    background: var(--_selected);
  }
  td.email,
  td.login {
    overflow-wrap: break-word;
  }
  td.actions {
    white-space: nowrap;
  }
  td.actions .btn {
    min-block-size: 1.75rem;
    padding-inline: var(--_space-s);
    font-size: var(--_font-size-s);
  }
  .sort {
    display: inline-flex;
    gap: var(--_space-xs);
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    /* Follow the header row, which a brand may restyle through ::part(header-row). */
    text-transform: inherit;
    letter-spacing: inherit;
    cursor: pointer;
  }
  .sort-mark {
    min-inline-size: 1ch;
  }
  .status {
    display: inline-block;
    padding-inline: var(--_space-s);
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: var(--_font-size-s);
  }
  .status.active {
    color: var(--_success);
  }
  .status.invited {
    color: var(--_warning);
  }
  .status.disabled {
    color: var(--_text-muted);
  }
  .pagination {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-m);
  }
  #user-dialog {
    inline-size: var(--tk-user-manager-dialog-width, 36rem);
  }
  form {
    display: grid;
    gap: var(--_space-m);
  }
  .banner p {
    margin-block: var(--_space-xs);
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
