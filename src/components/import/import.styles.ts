import { css } from 'lit';
import { virtualScrollStyles } from '../../core/virtual/virtual-scroll.styles.js';

export const importStyles = css`
  ${virtualScrollStyles}
  :host {
    display: block;
    /* A long unbroken label or hint (a host override) wraps instead of widening the element. */
    overflow-wrap: anywhere;
    container: tk-import / inline-size;
    color: var(--_text);
    font-family: var(--_font);
    /* Its own surface, so that a forced theme stays legible on any page (as the user manager). */
    background: var(--_surface);
  }
  :host([hidden]) {
    display: none;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-m);
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-s);
    color: var(--_text-muted);
  }
  .steps [aria-current='step'] {
    color: var(--_text);
    font-weight: 600;
  }
  .steps .done {
    color: var(--_success);
  }
  h2 {
    margin: 0 0 var(--_space-s);
    font-size: 1.15em;
  }
  h2:focus {
    outline: none;
  }
  .panel {
    display: grid;
    gap: var(--_space-m);
  }
  .panel > :is(h3, p) {
    margin: 0;
  }
  .drop {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
    padding: var(--_space-l);
    border: 2px dashed var(--_control-border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .drop.over {
    border-color: var(--_primary);
    background: var(--_selected);
  }
  .drop:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .row-actions .end {
    margin-inline-start: auto;
  }
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
    min-block-size: 5rem;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  select,
  input[type='text'] {
    min-block-size: 2.25rem;
    max-inline-size: 100%;
    box-sizing: border-box;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .mapping td:first-child {
    font-weight: 600;
  }
  .mapping td {
    overflow-wrap: break-word;
  }
  .mapping select {
    inline-size: 100%;
  }
  /* On a phone the column and its field fit side by side; the first values give way. */
  @container tk-import (max-width: 30rem) {
    .mapping .sample {
      display: none;
    }
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .scroller {
    /* One row's height: the rows' and the probe's, which the window measures. */
    --_row-height: var(--tk-import-row-height, 3.25rem);
    /* At most this tall; a short file's table ends with its rows. */
    max-block-size: var(--tk-import-height, 24rem);
  }
  .scroller:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .grid-row {
    display: grid;
    grid-template-columns: 3.5rem 9rem minmax(8rem, 1fr) minmax(10rem, 1.3fr) minmax(12rem, 1.6fr);
    align-items: center;
    min-inline-size: 44rem;
    block-size: var(--_row-height);
    box-sizing: border-box;
    border-block-end: 1px solid var(--_border);
  }
  .grid-row > * {
    padding-inline: var(--_space-s);
    min-inline-size: 0;
    overflow: hidden;
  }
  .grid-row.header {
    block-size: auto;
    min-block-size: 2.5rem;
    font-size: var(--_font-size-s);
  }
  /*
   * Below 40rem a result takes two lines: line | result | problems over customer | user, the
   * header the same way; every row keeps one height, which the window measures.
   */
  @container tk-import (max-width: 40rem) {
    .scroller {
      --_row-height: var(--tk-import-row-height, 5.5rem);
    }
    .grid-row {
      grid-template-columns: 3.25rem minmax(0, 1fr) minmax(0, 1fr);
      grid-template-rows: auto auto;
      align-content: center;
      row-gap: var(--_space-xs);
      min-inline-size: 0;
    }
    .grid-row > :nth-child(1) {
      grid-area: 1 / 1 / 3 / 2;
    }
    .grid-row > :nth-child(2) {
      grid-area: 1 / 2;
    }
    .grid-row > :nth-child(3) {
      grid-area: 2 / 2;
    }
    .grid-row > :nth-child(4) {
      grid-area: 2 / 3;
    }
    .grid-row > :nth-child(5) {
      grid-area: 1 / 3;
    }
    .grid-row.header {
      padding-block: var(--_space-xs);
    }
  }
  .probe {
    block-size: var(--_row-height);
  }
  .problems {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .problems .cell-text {
    flex: 1;
    color: var(--_danger);
    font-size: var(--_font-size-s);
  }
  .fix {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .fix .field input {
    inline-size: 100%;
  }
  .fix-fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--_space-s);
  }
  progress {
    inline-size: 100%;
    block-size: 1rem;
    accent-color: var(--_primary);
  }
  .progress-text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-s);
    font-variant-numeric: tabular-nums;
  }
  .links-list {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  @media (forced-colors: active) {
    .drop.over {
      border-color: Highlight;
    }
  }
`;
