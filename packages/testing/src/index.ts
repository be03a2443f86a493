export { isMotoInstalled, type MotoOptions, type MotoServer, startMoto } from './moto.js';
