import { css } from 'lit';

/** Windows high contrast: system colours for every primitive. Composed last, so it wins. */
export const forcedColorsStyles = css`
  @media (forced-colors: active) {
    .btn,
    input,
    select,
    textarea,
    dialog,
    .menu,
    .badge {
      border-color: CanvasText;
    }
    .badge {
      border: 1px solid;
    }
    .btn.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
