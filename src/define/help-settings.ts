import { TkHelpSettings } from '../components/help-settings/help-settings.js';
// The settings form previews the popup.
import './help-popup.js';

customElements.get('tk-help-settings') ?? customElements.define('tk-help-settings', TkHelpSettings);

declare global {
  interface HTMLElementTagNameMap {
    'tk-help-settings': TkHelpSettings;
  }
}
