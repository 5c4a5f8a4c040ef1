import { css } from 'lit';
import { virtualScrollStyles } from '../../core/virtual/virtual-scroll.styles.js';

export const resourceListStyles = css`
  ${virtualScrollStyles}
  :host {
    --_row-height: var(--tk-resource-list-row-height, 3.25rem);
    --_list-height: var(--tk-resource-list-height, 28rem);
    --_bar: var(--tk-resource-list-bar-color, var(--_primary));
    --_bar-alert: var(--tk-resource-list-alert-color, var(--_warning));
    --_bar-over: var(--tk-resource-list-over-cap-color, var(--_danger));
    background: var(--_surface);
    container: tk-resources / inline-size;
  }
  .toolbar {
    margin-block-end: var(--_space-s);
  }
  .toolbar .account-filter {
    flex: 1 1 11rem;
    min-inline-size: 0;
  }
  .toolbar .field input,
  .toolbar .field select {
    inline-size: 100%;
  }
  .check-filter {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.25rem;
  }
  .selection-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }
  .selected-count {
    font-weight: 600;
  }
  .read-only-note {
    margin-block: 0 var(--_space-s);
  }
  .scroller {
    block-size: var(--_list-height);
    contain: strict;
  }
  .header,
  .body {
    min-inline-size: 58rem;
  }
  .body {
    user-select: none;
  }
  .row {
    cursor: default;
  }
  .body .row {
    block-size: var(--_row-height);
  }
  .row.selected {
    background: var(--_selected);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  :host(:dir(rtl)) .row.selected {
    box-shadow: inset -4px 0 0 var(--_primary);
  }
  .row:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .row.placeholder .cell {
    grid-column: 1 / -1;
  }
  .cell {
    display: flex;
    flex-direction: column;
    justify-content: center;
    padding-inline: var(--_space-s);
    min-inline-size: 0;
    overflow: hidden;
  }
  .header .cell {
    min-block-size: 2.5rem;
  }
  .cell.check {
    align-items: center;
  }
  .text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: var(--_font-size-s);
  }
  .hint {
    color: var(--_text-muted);
  }
  .usage {
    display: grid;
    grid-template-columns: 5rem 1fr;
    align-items: center;
    column-gap: var(--_space-s);
  }
  .usage .badge {
    grid-column: 1 / -1;
    justify-self: start;
  }
  .cell .badge {
    inline-size: fit-content;
  }
  .usage-text {
    font-size: var(--_font-size-s);
    white-space: nowrap;
  }
  .bar {
    inline-size: 5rem;
    block-size: 0.75rem;
  }
  :host(:dir(rtl)) .bar {
    transform: scaleX(-1);
  }
  .bar .track {
    fill: var(--_surface-raised);
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .bar .fill {
    fill: var(--_bar);
  }
  .over-alert .bar .fill {
    fill: var(--_bar-alert);
  }
  .over-cap .bar .fill {
    fill: var(--_bar-over);
  }
  .bar .alert-mark {
    fill: var(--_text);
  }
  .probe {
    block-size: var(--_row-height);
  }
  /* The shared .menu, placed where it was asked for: at the pointer, a row or the Actions button. */
  .menu {
    position: fixed;
    z-index: 10;
    inset-inline-start: var(--_menu-x, 0);
    inset-block-start: var(--_menu-y, 0);
    display: grid;
  }
  /* Focus moves into the menu by script: show where it is, however the menu was opened. */
  .menu-item:focus {
    background: var(--_selected);
  }
  dialog {
    inline-size: min(34rem, calc(100vw - 2 * var(--_space-m)));
  }
  dialog form,
  dialog .field {
    display: grid;
    gap: var(--_space-s);
  }
  .picker {
    max-block-size: 16rem;
    overflow: auto;
    margin: var(--_space-s) 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .option {
    display: grid;
    padding-block: var(--_space-xs);
    padding-inline-end: var(--_space-s);
    cursor: pointer;
  }
  .option.active {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .option[aria-selected='true'] {
    background: var(--_selected);
    font-weight: 600;
  }
  .option .hint {
    font-size: var(--_font-size-s);
    font-weight: normal;
  }
  .depth-0 {
    padding-inline-start: var(--_space-s);
  }
  .depth-1 {
    padding-inline-start: calc(var(--_space-s) + 1.25rem);
  }
  .depth-2 {
    padding-inline-start: calc(var(--_space-s) + 2.5rem);
  }
  .depth-3 {
    padding-inline-start: calc(var(--_space-s) + 3.75rem);
  }
  .depth-4,
  .depth-5,
  .depth-6 {
    padding-inline-start: calc(var(--_space-s) + 5rem);
  }
  .chosen {
    margin-block: 0;
    font-weight: 600;
  }
  .summary-line {
    margin-block: 0;
    font-weight: 600;
  }
  .results {
    max-block-size: 12rem;
    overflow: auto;
  }
  @media (forced-colors: active) {
    .row.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .bar .fill {
      fill: Highlight;
    }
    .bar .alert-mark {
      fill: CanvasText;
    }
  }
  .narrow-only {
    display: none;
  }
  /* Phones and narrow columns: identifier, account and usage; label, kind and status fold away. */
  @container tk-resources (max-width: 44rem) {
    .wide-only {
      display: none;
    }
    .narrow-only {
      display: block;
    }
    .row {
      grid-template-columns: var(--_columns-narrow);
    }
    .header,
    .body {
      min-inline-size: 20rem;
    }
    .usage {
      grid-template-columns: 1fr;
      row-gap: 2px;
    }
    .bar {
      inline-size: 100%;
      block-size: 0.5rem;
    }
    .usage-text {
      white-space: normal;
      line-height: 1.2;
    }
    .usage .badge {
      display: none;
    }
    .usage.over-alert .usage-text::after {
      content: ' ⚠';
    }
    .usage.over-cap .usage-text::after {
      content: ' ‼';
    }
  }
`;
