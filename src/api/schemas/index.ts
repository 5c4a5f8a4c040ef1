export * from './common.js';
export * from './account.js';
export * from './user.js';
export * from './access-right.js';
export * from './help.js';
export * from './me.js';
export * from './problem.js';
