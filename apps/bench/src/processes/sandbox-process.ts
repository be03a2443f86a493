import {
  ADMIN_PREFIX,
  type FaultRule,
  type FleetSpec,
  type SandboxCredentials,
  type StartSandboxOptions,
} from '@ec2-control/sandbox';

import { forkChild } from './fork-child.js';

export interface SandboxReady {
  endpoint: string;
  credentials: SandboxCredentials;
  regions: readonly string[];
}

export interface SandboxProcess extends SandboxReady {
  readonly pid: number;
  loadFleet(spec: FleetSpec): Promise<void>;
  setFaults(rules: FaultRule[]): Promise<void>;
  stop(): Promise<void>;
}

const entry = new URL('./sandbox-entry.js', import.meta.url);

async function admin(endpoint: string, method: string, path: string, body: unknown) {
  const response = await fetch(`${endpoint}${ADMIN_PREFIX}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(
      `sandbox ${method} ${path}: ${response.status} ${await response.text()}`,
    );
  }
  await response.arrayBuffer();
}

/** The EC2 sandbox in a child process, driven through its admin routes. */
export async function startSandboxProcess(
  options: Omit<StartSandboxOptions, 'port' | 'logger' | 'clock'>,
): Promise<SandboxProcess> {
  const child = await forkChild<SandboxReady>(entry, options);
  const { endpoint } = child.ready;

  return {
    ...child.ready,
    pid: child.pid,
    loadFleet: (spec) => admin(endpoint, 'POST', '/fleet', spec),
    setFaults: (rules) => admin(endpoint, 'PUT', '/faults', rules),
    stop: () => child.stop(),
  };
}
