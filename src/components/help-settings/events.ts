import type { HelpSettings, HelpSettingsUpdate } from '../../api/schemas/index.js';
import type { TkEvent } from '../../core/events.js';

/** `tk-help-settings-save` (cancelable) and `tk-help-settings-saved`. */
export interface HelpSettingsSaveDetail {
  accountId: string;
  settings: HelpSettingsUpdate;
}
export interface HelpSettingsSavedDetail {
  settings: HelpSettings;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-help-settings-save': TkEvent<HelpSettingsSaveDetail>;
    'tk-help-settings-saved': TkEvent<HelpSettingsSavedDetail>;
  }
}
