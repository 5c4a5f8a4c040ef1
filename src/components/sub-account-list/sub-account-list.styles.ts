import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
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
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    justify-content: flex-end;
  }
  dialog.form-dialog {
    inline-size: min(44rem, calc(100vw - 2 * var(--_space-m)));
  }
`;
