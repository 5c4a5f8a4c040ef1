/** tenantkit: classes only — importing this registers no tag (see `tenantkit/define/*`). */
export * from './api/index.js';
export { tkContext, type TkContextValue } from './api/context.js';
export { configure, type TkConfig } from './core/config.js';
export { Localizer } from './core/localize.js';
export { TkElement } from './core/tk-element.js';
export { TkEvent, type TkErrorDetail } from './core/events.js';
export { loadCatalog, SHIPPED_LOCALES, type MessageKey, type Messages } from './locales/index.js';
export { TkProvider } from './components/provider/provider.js';
export { TkUserManager } from './components/user-manager/user-manager.js';
export * from './components/access-rights-table/index.js';
export * from './components/resource-list/index.js';
export * from './components/help-popup/index.js';
export * from './components/help-settings/index.js';
export * from './components/import/index.js';
