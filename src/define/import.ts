import { TkImport } from '../components/import/import.js';

customElements.get('tk-import') ?? customElements.define('tk-import', TkImport);

declare global {
  interface HTMLElementTagNameMap {
    'tk-import': TkImport;
  }
}
