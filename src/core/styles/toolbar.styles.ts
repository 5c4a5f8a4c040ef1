import { css } from 'lit';

/** Toolbar: `.toolbar` that wraps in every language, `.search` grows, `.end` and `.count` at the end. */
export const toolbarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .toolbar > * {
    min-inline-size: 0;
  }
  .toolbar .search {
    flex: 1 1 14rem;
  }
  .toolbar .search input {
    inline-size: 100%;
    text-overflow: ellipsis;
  }
  .toolbar .end,
  .toolbar .create {
    margin-inline-start: auto;
  }
  .count {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    overflow-wrap: anywhere;
  }
  /* In a toolbar the count sits on the controls' line (they align at their bottom edge). */
  .toolbar .count {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
  }
`;
