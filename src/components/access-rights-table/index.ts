export { TkAccessRightsTable } from './access-rights-table.js';
export type * from './access-rights-table.js';
export { arrayDataProvider, clientDataProvider } from './data-provider.js';
export type * from './types.js';
