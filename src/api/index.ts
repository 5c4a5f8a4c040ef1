export * from './schemas/index.js';
export * from './errors.js';
export * from './validate.js';
export * from './client.js';
export * from './rest.js';
export * from './compose.js';
export * from './settings.js';
