export { TkHelpPopup, HELP_SAVED_EVENT } from './help-popup.js';
export type { HelpChannel, HelpContactDetail, HelpContent, HelpOpenDetail, HelpPlacement } from './types.js';
export { AA_TEXT_CONTRAST, contrastRatio, textColorOn } from './contrast.js';
