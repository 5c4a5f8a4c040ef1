import { css } from 'lit';
import { virtualScrollStyles } from '../../core/virtual/virtual-scroll.styles.js';

export const accessRightsTableStyles = css`
  ${virtualScrollStyles}
  :host {
    --_row-height: var(--tk-access-rights-row-height, 2.5rem);
    --_timeline-row-height: var(--tk-access-rights-timeline-row-height, 1.75rem);
    --_table-height: var(--tk-access-rights-height, 28rem);
    --_header-bg: var(--tk-access-rights-header-background, var(--_surface-raised));
    --_bar-active: var(--tk-access-rights-bar-color, var(--_primary));
    --_bar-deactivated: var(--tk-access-rights-bar-deactivated-color, var(--_text-muted));
    /* Its own surface, so that a forced theme stays legible on any page. */
    background: var(--tk-access-rights-background, var(--_surface));
    /* Spaced like the user manager: toolbar, banner, table, legend. */
    display: grid;
    gap: var(--_space-m);
    /* The sizer's containing block, out of the grid's flow. */
    position: relative;
  }
  :host([view='timeline']) {
    --_current-row-height: var(--_timeline-row-height);
  }
  /* The count and the create button stay together at the end, also when the toolbar wraps. */
  .toolbar .end {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
  }
  .toolbar .all-periods {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.25rem;
  }
  .scroller {
    /* As tall as its rows, up to the configured height (one row does not keep 28rem). */
    max-block-size: var(--_table-height);
    /* No size containment: the scroller takes its content's height, up to the maximum. */
    contain: layout paint;
  }
  .header,
  .body {
    min-inline-size: var(--_min-width, auto);
  }
  .header {
    background: var(--_header-bg);
  }
  .cell {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    block-size: var(--_current-row-height, var(--_row-height));
    padding-inline: var(--_space-s);
    /*
     * clip, not hidden: a hidden overflow makes every cell a scroll container, with a paint layer
     * and a clip node of its own (some 200 of them for a screen of rows); clip only paints inside.
     */
    overflow: clip;
    white-space: nowrap;
    text-overflow: ellipsis;
    min-inline-size: 0;
  }
  .cell > .text {
    overflow: clip;
    text-overflow: ellipsis;
  }
  .header .cell {
    block-size: auto;
    min-block-size: var(--_row-height);
    padding-block: var(--_space-xs);
    white-space: normal;
  }
  /*
   * Headers wrap at word boundaries onto two lines, then end in an ellipsis (the full text is
   * the tooltip); never inside a word: the column is at least as wide as the longest word.
   */
  .header .cell .text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
    text-overflow: ellipsis;
  }
  .header .sort {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .row.highlighted {
    background: color-mix(in srgb, var(--_primary) 14%, var(--_surface));
  }
  .row.highlighted > .cell:first-child {
    border-inline-start: 3px solid var(--_primary);
  }
  .combobox {
    position: relative;
  }
  .combobox input {
    inline-size: 100%;
  }
  .listbox {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    z-index: 2;
    max-block-size: 14rem;
    overflow: auto;
    margin: 0;
    padding-block: var(--_space-xs);
    padding-inline: 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .listbox [role='option'] {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-s);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    cursor: pointer;
  }
  .listbox [role='option'].active,
  .listbox [role='option']:hover {
    background: var(--_surface-raised);
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
  }
  .option-id {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .field .day {
    max-inline-size: 12rem;
  }
  .legend .btn {
    margin-inline-start: auto;
  }
  .cell:focus-visible,
  .cell :focus-visible {
    outline-offset: -2px;
  }
  .sort-icon {
    inline-size: 0.8em;
  }
  .disclosure {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .disclosure .chevron {
    transition: transform var(--_duration);
  }
  :host(:dir(rtl)) .disclosure .chevron {
    transform: scaleX(-1);
  }
  .disclosure[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  a {
    color: var(--_primary);
  }
  .placeholder .skeleton {
    display: block;
    inline-size: 70%;
    block-size: 0.8em;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .detail {
    grid-column: 1 / -1;
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    border-block-start: 1px dashed var(--_border);
  }
  .detail dl {
    display: grid;
    grid-template-columns: minmax(9rem, max-content) 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }
  .detail dt {
    font-weight: 600;
  }
  .detail dd {
    margin: 0;
  }
  .detail dd .hint {
    display: block;
  }
  /* A row as painted (cell plus border): the window math's row height. */
  .probe {
    grid-template-columns: 1px;
    overflow: hidden;
  }
  /* Draws each column's header and contents at their narrowest; see column-fit.ts. */
  .sizer {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    display: flex;
    flex-direction: column;
    align-items: start;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }
  /* Contents stay on one line, as in the rows; headers wrap at spaces, as in the header. */
  .sizer .cell {
    inline-size: max-content;
    block-size: auto;
  }
  .sizer .header-fit {
    inline-size: min-content;
    white-space: normal;
    font-weight: 600;
  }
  .timeline-cell {
    padding-block: 0;
  }
  /* The axis spans the whole column, exactly like the bars below it. */
  .timeline-head {
    display: grid;
    inline-size: 100%;
  }
  .bar-track,
  .axis {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .axis {
    block-size: 1.25rem;
    font-size: 0.7rem;
    fill: var(--_text-muted);
    stroke: var(--_text-muted);
  }
  .axis text {
    stroke: none;
  }
  .bar.active {
    fill: var(--_bar-active);
  }
  .bar.deactivated {
    fill: var(--_bar-deactivated);
  }
  .bar.open {
    fill-opacity: 0.55;
  }
  .today {
    stroke: var(--_danger);
    stroke-width: 1;
  }
  .legend {
    display: flex;
    gap: var(--_space-m);
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .swatch {
    display: inline-block;
    inline-size: 1.5em;
    block-size: 0.6em;
    margin-inline-end: var(--_space-xs);
    border-radius: 2px;
    background: var(--_bar-active);
  }
  .swatch.deactivated {
    background: var(--_bar-deactivated);
  }
  .swatch.today {
    inline-size: 2px;
    block-size: 1em;
    background: var(--_danger);
  }
  form {
    display: grid;
    gap: var(--_space-m);
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .row {
      border-color: CanvasText;
    }
  }
`;
