import { TkProvider } from '../components/provider/provider.js';

customElements.get('tk-provider') ?? customElements.define('tk-provider', TkProvider);

declare global {
  interface HTMLElementTagNameMap {
    'tk-provider': TkProvider;
  }
}
