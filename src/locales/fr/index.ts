import type { Messages } from '../en/index.js';
import accessRights from './access-rights.js';
import accounts from './accounts.js';
import core from './core.js';
import help from './help.js';
import imports from './import.js';
import resources from './resources.js';
import userManager from './user-manager.js';

export const fr: Messages = {
  ...core,
  ...userManager,
  ...accessRights,
  ...help,
  ...resources,
  ...accounts,
  ...imports,
};
