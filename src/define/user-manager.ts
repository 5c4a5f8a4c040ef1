import { TkUserManager } from '../components/user-manager/user-manager.js';

customElements.get('tk-user-manager') ?? customElements.define('tk-user-manager', TkUserManager);

declare global {
  interface HTMLElementTagNameMap {
    'tk-user-manager': TkUserManager;
  }
}
