export { isMotoInstalled, type MotoServer, startMoto } from './moto.js';
