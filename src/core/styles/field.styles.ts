import { css } from 'lit';

/** Fields: `.field`, `.hint`, `.field-error`, the `[aria-invalid]` border, `.group` fieldsets of `.choice`s. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }
  .field > label,
  .label {
    font-weight: 600;
    font-size: var(--_font-size-s);
  }
  .hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .field-error {
    color: var(--_danger);
    font-size: var(--_font-size-s);
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    min-block-size: 2.25rem;
    max-inline-size: 100%;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input::placeholder,
  textarea::placeholder {
    color: var(--_text-muted);
    opacity: 1;
  }
  input[type='checkbox'],
  input[type='radio'] {
    accent-color: var(--_primary);
  }
  /* Stronger than the control rule above and than an element's own control styles. */
  :is(input, select, textarea)[aria-invalid='true'][aria-invalid] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  /* Groups of choices: fieldsets of radios and checkboxes (role, permissions, notifications). */
  .group {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding-inline: var(--_space-xs);
  }
  .choice {
    display: flex;
    align-items: start;
    gap: var(--_space-s);
  }
  .choice input {
    margin-block-start: 0.25em;
  }
  .choice > span {
    display: grid;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  .perm-group {
    display: grid;
    gap: var(--_space-xs);
  }
  .perm-group-title {
    font-size: var(--_font-size-s);
    font-weight: 600;
    color: var(--_text-muted);
  }
  .perm-failed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
  }
`;
