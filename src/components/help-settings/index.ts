export {
  TkHelpSettings,
  type HelpSettingsSaveDetail,
  type HelpSettingsSavedDetail,
} from './help-settings.js';
