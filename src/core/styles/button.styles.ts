import { css } from 'lit';

/** Buttons: `.btn`, `.primary`, `.danger`, `.small`, `.icon`, `.link`; hover only where a pointer hovers. */
export const buttonStyles = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: 2.25rem;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 500;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }
  .btn.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .btn.danger {
    color: var(--_danger);
    border-color: currentColor;
  }
  .btn.primary.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }
  .btn.small {
    min-block-size: 1.75rem;
    padding-block: 0;
    padding-inline: var(--_space-s);
    font-size: var(--_font-size-s);
  }
  .btn.icon {
    padding-inline: var(--_space-s);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  /* Only where a pointer really hovers: on touch screens a tapped button would keep its hover look. */
  @media (hover: hover) {
    /*
     * Only the hover animates: a transition on the button itself would also animate a theme
     * switch, the background lagging behind the text colour (light text on a light button).
     */
    .btn:hover:not(:disabled, [aria-disabled='true']) {
      background: var(--_surface-raised);
      border-color: var(--_text-muted);
      transition:
        background var(--_duration),
        border-color var(--_duration);
    }
    .btn.primary:hover:not(:disabled, [aria-disabled='true']) {
      background: var(--_primary-hover);
      border-color: var(--_primary-hover);
    }
    .btn.danger:hover:not(:disabled, [aria-disabled='true']) {
      background: var(--_danger-soft);
      border-color: currentColor;
    }
    .btn.primary.danger:hover:not(:disabled, [aria-disabled='true']) {
      background: var(--_danger-hover);
      border-color: var(--_danger-hover);
    }
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
