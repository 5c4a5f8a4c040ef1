import { TkResourceList } from '../components/resource-list/resource-list.js';

customElements.get('tk-resource-list') ?? customElements.define('tk-resource-list', TkResourceList);

declare global {
  interface HTMLElementTagNameMap {
    'tk-resource-list': TkResourceList;
  }
}
