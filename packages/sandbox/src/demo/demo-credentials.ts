import type { KeyPair } from '../auth/key-pair.js';

export interface SandboxCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** Full access to every action. */
export const demoCredentials: SandboxCredentials = {
  accessKeyId: 'AKIAEC2SANDBOXDEMO01',
  secretAccessKey: 'sandboxFullAccessSecretKeyForDemoUse0001',
};

/** May only describe: every other action answers `UnauthorizedOperation`. */
export const demoReadOnlyCredentials: SandboxCredentials = {
  accessKeyId: 'AKIAEC2SANDBOXREAD01',
  secretAccessKey: 'sandboxReadOnlySecretKeyForDemoUse000001',
};

export const demoKeyPairs: readonly KeyPair[] = [
  demoCredentials,
  { ...demoReadOnlyCredentials, allow: ['DescribeInstances', 'DescribeRegions'] },
];
