import { css } from 'lit';

/** Badge: `.badge` with its tones (success/active, warning/invited, neutral/disabled, danger). */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    padding-inline: var(--_space-s);
    border-radius: 999px;
    background: color-mix(in srgb, currentColor 12%, var(--_surface));
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    font-weight: 600;
    line-height: 1.6;
    white-space: nowrap;
  }
  .badge.success,
  .badge.active {
    color: var(--_success);
  }
  .badge.warning,
  .badge.invited {
    color: var(--_warning);
  }
  .badge.neutral,
  .badge.disabled,
  .badge.deactivated {
    color: var(--_text-muted);
  }
  .badge.danger {
    color: var(--_danger);
  }
`;
