import { css } from 'lit';

/**
 * The one design language every tenantkit element is built from (Storybook: "Primitives").
 * Logical properties only (RTL). Class names are stable: later elements compose them.
 *
 * - Buttons: `.btn`, `.btn.primary`, `.btn.danger` (outlined), `.btn.primary.danger` (solid),
 *   `.btn.small` (row buttons), `.btn.icon`, `.link` (a button that reads as a link). Hover only
 *   where a pointer hovers (`@media (hover: hover)`), so taps on touch screens do not stick.
 * - Fields: `.field` (label above control), `.hint`, `.field-error`, `[aria-invalid=true]` red
 *   border; `.group` fieldsets with `.choice` radios/checkboxes, `.checks`, `.perm-group`.
 * - Toolbar: `.toolbar` (wraps in every language), `.toolbar .search` grows, `.toolbar .end`
 *   (or `.create`) goes to the end, `.count` the muted result count.
 * - Table: `.table-wrap` (a container for container queries) and `table.table` with `th`, `td`,
 *   `.th-text` (a header that truncates with an ellipsis; give it a `title`), `.cell-text`
 *   (ellipsis), `.sub` (a secondary line in a cell), `tr.selected`.
 * - Badge: `.badge` with a tone `.success`/`.active`, `.warning`/`.invited`, `.neutral`/
 *   `.disabled`/`.deactivated`, `.danger`.
 * - Banner: `.banner` with `.success`, `.error`, `.warning`, `.info`; `.banner-actions`;
 *   `.banner .dismiss`. Banners belong to a view: see `BannerController` (core/banner.ts).
 * - Dialog: native `<dialog>`, `h2`, `.dialog-footer` (sticky, holds notices beside the
 *   buttons), `.dialog-actions`, `.change-list` (412 "yours / now saved"); see core/dialog.ts.
 * - Menu: `.menu` (a popover `role=menu`) with `.menu-item`; see core/parts/row-menu.ts.
 * - States: `.state` (loading, empty), `.state.error` with a retry button.
 */
export const sharedStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }

  /* ——— buttons ——— */
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

  /* ——— fields ——— */
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

  /* ——— toolbar ——— */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .toolbar > * {
    min-inline-size: 0;
  }
  .toolbar .search {
    flex: 1 1 14rem;
  }
  .toolbar .search input {
    inline-size: 100%;
    text-overflow: ellipsis;
  }
  .toolbar .end,
  .toolbar .create {
    margin-inline-start: auto;
  }
  .count {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    overflow-wrap: anywhere;
  }
  /* In a toolbar the count sits on the controls' line (they align at their bottom edge). */
  .toolbar .count {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
  }

  /* ——— table ——— */
  .table-wrap {
    container: tk-table / inline-size;
    /* Contains absolutely positioned visually-hidden labels, which would otherwise widen the page. */
    position: relative;
    min-inline-size: 0;
  }
  table.table {
    inline-size: 100%;
    border-collapse: collapse;
    background: var(--_surface);
  }
  .table th,
  .table td {
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  .table th {
    background: var(--_surface-raised);
    color: var(--_text);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .th-text,
  .cell-text {
    display: block;
    max-inline-size: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .sub {
    display: block;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .table tr.selected td {
    background: var(--_selected);
  }

  /* ——— badge ——— */
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

  /* ——— dialog ——— */
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

  /* ——— menu ——— */
  .menu {
    inset: auto;
    margin: 0;
    padding: var(--_space-xs);
    min-inline-size: 12rem;
    max-inline-size: min(22rem, calc(100vw - 2 * var(--_space-m)));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    position-area: block-end span-inline-start;
    position-try-fallbacks: flip-block, flip-inline;
  }
  .menu-item {
    display: grid;
    inline-size: 100%;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .menu-item:focus-visible {
    outline-offset: -2px;
  }
  .menu-item.danger {
    color: var(--_danger);
  }
  .menu-item[aria-disabled='true'] {
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  @media (hover: hover) {
    .menu-item:hover:not([aria-disabled='true']) {
      background: var(--_surface-raised);
    }
  }

  /* ——— states and banners ——— */
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
