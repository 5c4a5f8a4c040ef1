import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    background: var(--_surface);
    color: var(--_text);
  }
  h2 {
    margin-block: 0 var(--_space-xs);
    font-size: 1.2em;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  p {
    margin-block: 0;
  }
  .layout {
    display: grid;
    gap: var(--_space-l);
    align-items: start;
  }
  @container (min-width: 52rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(18rem, 24rem);
    }
    .preview {
      position: sticky;
      inset-block-start: var(--_space-m);
    }
  }
  .editor {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }
  form,
  fieldset.plain {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }
  fieldset.plain {
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset.group {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset.group > legend {
    padding-inline: var(--_space-xs);
    font-weight: 600;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .field input,
  .field textarea {
    inline-size: 100%;
    min-inline-size: 0;
  }
  textarea {
    resize: vertical;
  }
  .owner {
    font-weight: 600;
  }
  .banner.read-only {
    color: var(--_text);
    border-inline-start-color: var(--_warning);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_space-xs);
    min-block-size: 2.25rem;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid transparent;
    border-block-end: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_primary);
    font-weight: 600;
  }
  [role='tab']:hover {
    background: var(--_surface-raised);
  }
  [role='tab'] .tag {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    font-weight: 400;
  }
  [role='tab'].invalid,
  [role='tab'] .mark {
    color: var(--_danger);
  }
  .tabpanel {
    display: grid;
    gap: var(--_space-s);
  }
  .add-language {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s);
  }
  .add-language .field {
    flex: 1 1 12rem;
  }
  .accent-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s);
  }
  .accent-row .field {
    flex: 0 1 10rem;
  }
  input[type='color'] {
    inline-size: 3rem;
    block-size: 2.25rem;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .contrast {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contrast li {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .contrast .pass {
    color: var(--_success);
  }
  .contrast .fail {
    color: var(--_danger);
  }
  .sample {
    display: inline-grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 1.5rem;
    border-radius: var(--_radius);
    background: var(--_sample);
    font-weight: 700;
  }
  /* Generated content: a sample of the text colour, not text (a weak pair is what it shows). */
  .sample::before {
    content: 'Aa';
  }
  .sample.light {
    color: #ffffff;
  }
  .sample.dark {
    color: #1b1d22;
  }
  .footer {
    display: grid;
    gap: var(--_space-s);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
  }
  .preview {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    min-inline-size: 0;
  }
  fieldset.segmented {
    display: flex;
    gap: var(--_space-m);
    padding: 0;
    border: 0;
  }
  .stage {
    padding: var(--_space-m);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .stage[data-theme='light'] {
    color-scheme: light;
    background: #eef0f3;
  }
  .stage[data-theme='dark'] {
    color-scheme: dark;
    background: #0f1114;
  }
  .state {
    justify-items: start;
    padding: 0;
  }
`;
