import { html, nothing, type TemplateResult } from 'lit';
import type { UnreadableRow } from '../../api/schemas/index.js';
import type { Localizer } from '../localize.js';

/**
 * The rows of a page the client could not read (`Page.unreadable`), as a warning beside the list,
 * so one bad row never takes the whole list down. Ids are text; the reason is a tooltip only.
 */
export function unreadableRows(
  l: Localizer,
  rows: readonly UnreadableRow[] | undefined,
): TemplateResult | typeof nothing {
  if (!rows?.length) return nothing;
  return html`<div class="banner warning" part="unreadable-rows" role="status">
    <p>${l.t('common.unreadableRows', { count: rows.length })}</p>
    <ul>
      ${rows.map(
        (row) =>
          html`<li title=${row.reason}>
            ${row.id ?? l.t('common.unreadableRowAt', { position: row.index + 1 })}
          </li>`,
      )}
    </ul>
  </div>`;
}
