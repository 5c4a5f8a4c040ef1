import { TkScopeBanner } from '../components/scope-banner/scope-banner.js';

customElements.get('tk-scope-banner') ?? customElements.define('tk-scope-banner', TkScopeBanner);

declare global {
  interface HTMLElementTagNameMap {
    'tk-scope-banner': TkScopeBanner;
  }
}
