import { type StartSandboxOptions, startSandbox } from '@ec2-control/sandbox';

import { exitWithBench, sendToBench, setupMessage } from './child-ipc.js';
import type { SandboxReady } from './sandbox-process.js';

// A process of its own: under load the sandbox must not take CPU from the load generator
// or the server inside one event loop.
const options = await setupMessage<StartSandboxOptions>();
const sandbox = await startSandbox({ ...options, port: 0 });
exitWithBench();

const ready: SandboxReady = {
  endpoint: sandbox.endpoint,
  credentials: sandbox.credentials,
  regions: sandbox.regions,
};
sendToBench(ready);
