import { TkSubAccountList } from '../components/sub-account-list/sub-account-list.js';
import './sub-account-form.js';

customElements.get('tk-sub-account-list') ?? customElements.define('tk-sub-account-list', TkSubAccountList);

declare global {
  interface HTMLElementTagNameMap {
    'tk-sub-account-list': TkSubAccountList;
  }
}
