import '../define/help-popup.js';
import { TkHelpPopup } from '../components/help-popup/help-popup.js';
import { wrap } from './wrap.js';

/** `<tk-help-popup>` for React. */
export const HelpPopup = wrap('tk-help-popup', TkHelpPopup, 'HelpPopup', [
  'tk-help-open',
  'tk-help-close',
  'tk-help-contact',
]);
