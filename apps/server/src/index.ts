export { type BuildOptions, buildApp } from './app.js';
export { type Config, ConfigError, parseConfig } from './config.js';
