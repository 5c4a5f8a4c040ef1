import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 100%;
    container-type: inline-size;
    /* Reseller-written labels and typed values may be long and unbroken (hostile corpus, issue 20). */
    overflow-wrap: anywhere;
    /* Its own surface, so that a forced theme stays legible on any page (as the user manager). */
    background: var(--_surface);
  }
  form {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .steps li {
    counter-increment: step;
  }
  .step-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    cursor: pointer;
  }
  .step-button::before {
    content: counter(step);
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 50%;
    background: var(--_surface-raised);
    color: var(--_text);
    font-weight: 600;
  }
  .step-button[aria-current='step'] {
    border-color: var(--_primary);
    color: var(--_text);
    font-weight: 600;
  }
  .step-button[aria-current='step']::before {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .step-button.done::before {
    content: '✓';
    background: var(--_surface-raised);
    color: var(--_success);
  }
  .step-button.invalid {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .step-title {
    margin: 0;
    font-size: 1.05em;
  }
  .step-title:focus {
    outline: none;
  }
  .step-title:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .step-body {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }
  .intro {
    margin: 0;
    color: var(--_text-muted);
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    inline-size: 100%;
    max-inline-size: 32rem;
    /* A select is as wide as its longest option otherwise, and pushes the field past the form. */
    min-inline-size: 0;
    box-sizing: border-box;
  }
  .check-field {
    gap: 0;
  }
  .check-field .hint,
  .check-field .field-error {
    padding-inline-start: 1.75rem;
  }
  .banner.inline {
    margin: var(--_space-xs) 0 0;
    max-inline-size: 32rem;
  }
  .read-only-value {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .actions .forward {
    margin-inline-start: auto;
    display: flex;
    gap: var(--_space-s);
  }
  .review-section {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space-s);
  }
  .review-head h3 {
    margin: 0;
    font-size: 1em;
  }
  dl {
    display: grid;
    gap: var(--_space-xs);
    margin: var(--_space-s) 0 0;
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr;
    gap: var(--_space-s);
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 30rem) {
    .review-row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .notice {
    display: grid;
    gap: var(--_space-xs);
  }
`;
