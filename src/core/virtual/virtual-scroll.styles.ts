import { css } from 'lit';

/**
 * The parts a `VirtualScroll` (virtual-scroll.ts) measures and moves: `.scroller`, the scroll
 * container; its sticky `.header`; the `.body`, as tall as every row (`--_total`); the `.window`
 * of rendered rows, moved down to the first of them (`--_offset`); `.row`, a grid on
 * `--_columns`, striped `.odd`; and the hidden `.probe` whose height is one row's. The element sets
 * the scroller's height and containment, the rows' minimum width and the probe's height.
 */
export const virtualScrollStyles = css`
  .scroller {
    position: relative;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overscroll-behavior: contain;
  }
  .header {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface-raised);
    border-block-end: 1px solid var(--_border);
    font-weight: 600;
  }
  .body {
    position: relative;
    block-size: var(--_total, auto);
  }
  .window {
    transform: translateY(var(--_offset, 0));
    will-change: transform;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    border-block-end: 1px solid var(--_border);
  }
  .row.odd {
    background: color-mix(in srgb, var(--_surface-raised) 55%, transparent);
  }
  .probe {
    position: absolute;
    inset-block-start: 0;
    visibility: hidden;
    inline-size: 1px;
  }
`;
