/** Registers every tenantkit element under its default tag. */
import './provider.js';
import './user-manager.js';
import './access-rights-table.js';
import './resource-list.js';
import './help-popup.js';
import './help-settings.js';
import './import.js';
import './sub-account-form.js';
import './sub-account-list.js';
import './scope-banner.js';
