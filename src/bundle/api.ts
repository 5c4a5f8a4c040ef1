/**
 * Entry of `dist/cdn/tenantkit.js`, the API beside `tenantkit.loader.js`: clients, schemas, errors,
 * `configure` and the catalogs. It holds no element (the loader brings each on first use).
 */
export * from '../api/index.js';
export { configure, type TkConfig } from '../core/config.js';
export { loadCatalog, SHIPPED_LOCALES, type MessageKey, type Messages } from '../locales/index.js';
