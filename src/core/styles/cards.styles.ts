import { css } from 'lit';

/**
 * `table.table.cards` on phones: each `tr[part=row]` is a card, and each `td[data-label]` a line of
 * it under its label; the element lays out the card's grid (its columns, the first line's cells).
 * Only the user manager and the sub-account list show cards, so it is not in `sharedStyles`: an npm
 * entry without them leaves it out (the CDN's runtime chunk carries it, 0.2 KiB gzip).
 */
export const cardsStyles = css`
  /* The labelled lines keep the specificity of a plain td, so that an element's column rules win. */
  @container tk-table (max-width: 40rem) {
    .cards,
    .cards tbody,
    .cards td {
      display: block;
    }
    .cards thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .cards tr[part='row'] {
      display: grid;
      gap: var(--_space-xs) var(--_space-s);
      margin-block-end: var(--_space-s);
      padding: var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .cards td {
      padding: 0;
      border: 0;
      background: none;
    }
    .cards tr.selected {
      background: var(--_selected);
    }
    .cards tr.selected td {
      background: none;
    }
    :where(.cards) td[data-label] {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-s);
    }
    :where(.cards) td[data-label]::before {
      content: attr(data-label);
      min-inline-size: 8rem;
      color: var(--_text-muted);
      font-size: var(--_font-size-s);
    }
  }
`;
