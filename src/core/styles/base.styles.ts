import { css } from 'lit';

/** Form controls inherit the text; `.visually-hidden` keeps text for assistive technology only. */
export const baseStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
