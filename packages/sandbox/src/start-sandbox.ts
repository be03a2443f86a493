import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { SandboxAdmin } from './admin/sandbox-admin.js';
import { createSandboxServer } from './build-sandbox.js';
import {
  demoCredentials,
  demoReadOnlyCredentials,
  type SandboxCredentials,
} from './demo/demo-credentials.js';
import type { SandboxOptions } from './sandbox-options.js';

export interface StartSandboxOptions extends SandboxOptions {
  /** 0, the default, picks a free port. */
  readonly port?: number;
  /** Defaults to 127.0.0.1. */
  readonly host?: string;
}

export interface RunningSandbox {
  /** Pass as `endpoint` to `EC2Client`. */
  readonly endpoint: string;
  /** The demo full-access key pair. */
  readonly credentials: SandboxCredentials;
  /** The demo key pair limited to DescribeInstances and DescribeRegions. */
  readonly readOnlyCredentials: SandboxCredentials;
  readonly regions: readonly string[];
  readonly admin: SandboxAdmin;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

function endpointOf(address: AddressInfo): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.address;
  const authority = host.includes(':') ? `[${host}]` : host;

  return `http://${authority}:${address.port}`;
}

/** Starts the sandbox on a local port and returns what an EC2 client needs to use it. */
export async function startSandbox(
  options: StartSandboxOptions = {},
): Promise<RunningSandbox> {
  const { app, sandbox } = createSandboxServer(options);
  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });

  return {
    endpoint: endpointOf(app.server.address() as AddressInfo),
    credentials: demoCredentials,
    readOnlyCredentials: demoReadOnlyCredentials,
    regions: sandbox.fleet.regionNames,
    admin: sandbox.admin,
    app,
    close: () => app.close(),
  };
}
