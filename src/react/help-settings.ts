import '../define/help-settings.js';
import { TkHelpSettings } from '../components/help-settings/help-settings.js';
import { wrap } from './wrap.js';

/** `<tk-help-settings>` for React. */
export const HelpSettings = wrap('tk-help-settings', TkHelpSettings, 'HelpSettings', [
  'tk-help-settings-save',
  'tk-help-settings-saved',
]);
