import { css } from 'lit';

/** Menu: `.menu` (a popover `role=menu`) with `.menu-item` (see core/parts/row-menu.ts). */
export const menuStyles = css`
  .menu {
    inset: auto;
    margin: 0;
    padding: var(--_space-xs);
    min-inline-size: 12rem;
    max-inline-size: min(22rem, calc(100vw - 2 * var(--_space-m)));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    position-area: block-end span-inline-start;
    position-try-fallbacks: flip-block, flip-inline;
  }
  .menu-item {
    display: grid;
    inline-size: 100%;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .menu-item:focus-visible {
    outline-offset: -2px;
  }
  .menu-item.danger {
    color: var(--_danger);
  }
  .menu-item[aria-disabled='true'] {
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  @media (hover: hover) {
    .menu-item:hover:not([aria-disabled='true']) {
      background: var(--_surface-raised);
    }
  }
`;
