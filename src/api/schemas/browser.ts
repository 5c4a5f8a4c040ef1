/**
 * The contract as the browser uses it: the resources and pages the clients parse, the bodies the
 * forms check before sending (`validate`), and the problems. A page's API entry exports this, not
 * `index.ts`: the list queries and the request bodies that only the server and the memory client
 * parse (queries.ts, requests.ts) would be bytes every page downloads and no page runs.
 */
export * from './common.js';
export * from './account.js';
export * from './user.js';
export * from './access-right.js';
export * from './help.js';
export * from './resource.js';
export * from './me.js';
export * from './problem.js';
export * from './product.js';
export * from './audit.js';
export * from './import.js';
