export * from './assume-role.js';
export * from './common.js';
export * from './credentials.js';
export * from './instance.js';
export * from './list.js';
export * from './list-filters.js';
export * from './state-change.js';
