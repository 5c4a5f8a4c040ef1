import { TkHelpPopup } from '../components/help-popup/help-popup.js';

customElements.get('tk-help-popup') ?? customElements.define('tk-help-popup', TkHelpPopup);

declare global {
  interface HTMLElementTagNameMap {
    'tk-help-popup': TkHelpPopup;
  }
}
