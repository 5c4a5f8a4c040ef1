import { css } from 'lit';

/** States and banners: `.state`, `.state.error`, `.banner` with its tones, `.banner-actions`, `.dismiss`. */
export const statesStyles = css`
  .state {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
    padding: var(--_space-l);
    text-align: center;
    color: var(--_text-muted);
  }
  .state.error {
    color: var(--_danger);
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    border-inline-start: 4px solid currentColor;
    background: color-mix(in srgb, currentColor 8%, var(--_surface));
  }
  .banner > strong,
  .banner > span,
  .banner > ul,
  .banner > table,
  .banner > p {
    flex: 1 1 100%;
    margin: 0;
  }
  .banner > .banner-text {
    flex: 1 1 12rem;
  }
  .banner.error {
    color: var(--_danger);
  }
  .banner.success {
    color: var(--_success);
  }
  .banner.warning {
    color: var(--_warning);
  }
  .banner.info {
    color: var(--_text);
    border-inline-start-color: var(--_primary);
  }
  .banner ul {
    padding-inline-start: var(--_space-l);
  }
  .banner-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .banner .dismiss {
    margin-inline-start: auto;
  }
  .banner:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
