/**
 * Entry of `dist/cdn/tenantkit.js`, the API beside `tenantkit.loader.js`: clients, schemas, errors,
 * `configure` and the catalogs. It holds no element (the loader brings each on first use). The
 * schemas are the browser's (schemas/browser.ts): the list queries and the request bodies that only
 * a server parses are left out, so that no page downloads them; so is the product-settings rule
 * (api/settings.ts), which only the sub-account form runs in a page and which rides with it.
 */
export * from '../api/schemas/browser.js';
export * from '../api/errors.js';
export * from '../api/validate.js';
export * from '../api/client.js';
export * from '../api/rest.js';
export * from '../api/compose.js';
export { configure, type TkConfig } from '../core/config.js';
export { loadCatalog, SHIPPED_LOCALES, type MessageKey, type Messages } from '../locales/index.js';
