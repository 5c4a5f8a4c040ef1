import { css } from 'lit';

/** Dialog: native `<dialog>`, the sticky `.dialog-footer`, `.dialog-actions`, `.change-list` (see core/dialog.ts). */
export const dialogStyles = css`
  dialog {
    max-inline-size: min(40rem, calc(100vw - 2 * var(--_space-m)));
    max-block-size: calc(100dvh - 2 * var(--_space-m));
    padding: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
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
`;
