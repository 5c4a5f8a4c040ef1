import { css } from 'lit';

/** Controls every element shares: buttons, fields, dialogs, state panels. Logical properties only (RTL). */
export const sharedStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.25rem;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    transition: background var(--_duration);
  }
  .btn:hover:not(:disabled) {
    background: var(--_surface-raised);
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
    color: var(--_surface);
  }
  .btn:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .btn.icon {
    padding-inline: var(--_space-s);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
  }
  .field > label,
  .label {
    font-weight: 600;
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
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  /* Groups of choices: fieldsets of radios and checkboxes (role, permissions, notifications). */
  .group {
    display: grid;
    gap: var(--_space-s);
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
  dialog {
    max-inline-size: min(40rem, calc(100vw - 2 * var(--_space-m)));
    padding: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h2 {
    margin-block: 0 var(--_space-m);
    font-size: 1.15em;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
    margin-block-start: var(--_space-l);
  }
  /* The footer of a form dialog stays in view: notices (412, errors, "discard?") sit beside Save. */
  .dialog-footer {
    position: sticky;
    inset-block-end: calc(-1 * var(--_space-l));
    display: grid;
    gap: var(--_space-s);
    margin-block-end: calc(-1 * var(--_space-l));
    padding-block: var(--_space-s) var(--_space-l);
    max-block-size: 60vh;
    overflow-y: auto;
    background: var(--_surface);
    border-block-start: 1px solid var(--_border);
  }
  .dialog-footer .dialog-actions {
    margin-block-start: 0;
  }
  .banner-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-xs);
  }
  .banner > strong,
  .banner > span {
    display: block;
  }
  .banner ul {
    margin-block: var(--_space-xs) 0;
    padding-inline-start: var(--_space-l);
  }
  .change-list {
    inline-size: 100%;
    margin-block: var(--_space-xs);
    border-collapse: collapse;
    color: var(--_text);
    font-size: var(--_font-size-s);
  }
  .change-list th,
  .change-list td {
    padding-block: var(--_space-xs);
    padding-inline: 0 var(--_space-m);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
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
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    border-inline-start: 4px solid currentColor;
    background: var(--_surface-raised);
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
  .banner:focus-visible,
  .banner:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .btn,
    input,
    select,
    textarea,
    dialog {
      border-color: CanvasText;
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
