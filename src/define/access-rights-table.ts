import { TkAccessRightsTable } from '../components/access-rights-table/access-rights-table.js';

customElements.get('tk-access-rights-table') ??
  customElements.define('tk-access-rights-table', TkAccessRightsTable);

declare global {
  interface HTMLElementTagNameMap {
    'tk-access-rights-table': TkAccessRightsTable;
  }
}
