export * from './browser.js';
export * from './queries.js';
export * from './requests.js';
