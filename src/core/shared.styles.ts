import { css } from 'lit';
import { baseStyles } from './styles/base.styles.js';
import { buttonStyles } from './styles/button.styles.js';
import { fieldStyles } from './styles/field.styles.js';
import { toolbarStyles } from './styles/toolbar.styles.js';
import { tableStyles } from './styles/table.styles.js';
import { badgeStyles } from './styles/badge.styles.js';
import { dialogStyles } from './styles/dialog.styles.js';
import { menuStyles } from './styles/menu.styles.js';
import { statesStyles } from './styles/states.styles.js';
import { forcedColorsStyles } from './styles/forced-colors.styles.js';

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
 *   (ellipsis), `.sub` (a secondary line in a cell), `tr.selected`; with `cardsStyles` (styles/cards.styles.ts),
 *   `.cards`: a card per row on phones, each `td[data-label]` a line under its label.
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
  ${baseStyles}${buttonStyles}${fieldStyles}${toolbarStyles}${tableStyles}${badgeStyles}${dialogStyles}${menuStyles}${statesStyles}${forcedColorsStyles}
`;
