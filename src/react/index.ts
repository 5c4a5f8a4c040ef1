/** tenantkit/react: every element as a React component (@lit/react); importing it registers the tags. */
export { Provider } from './provider.js';
export { UserManager } from './user-manager.js';
export { AccessRightsTable } from './access-rights-table.js';
export { ResourceList } from './resource-list.js';
export { HelpPopup } from './help-popup.js';
export { HelpSettings } from './help-settings.js';
export { Import } from './import.js';
export { SubAccountForm } from './sub-account-form.js';
export { SubAccountList } from './sub-account-list.js';
export { ScopeBanner } from './scope-banner.js';
