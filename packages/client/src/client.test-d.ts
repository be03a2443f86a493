import { expectTypeOf } from 'vitest';

import { createEc2Client } from './client.js';
import type {
  InstanceError,
  InstanceSummary,
  RegionResult,
  StateChange,
  StateChangeSummary,
  WaitOutcome,
} from './types.js';

// Never called: this file only has to typecheck, and each @ts-expect-error fails the
// typecheck if the line below it ever compiles.
export async function typedCalls() {
  const ec2 = createEc2Client({
    url: 'http://localhost:3000',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });

  const { instances } = await ec2.ec2.list.query({ region: 'us-east-1' });
  expectTypeOf(instances).toEqualTypeOf<InstanceSummary[]>();

  const stopped = await ec2.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: ['i-1234abcd'],
  });
  expectTypeOf(stopped.instances).toEqualTypeOf<StateChange[]>();

  // @ts-expect-error a misspelt procedure does not exist
  await ec2.ec2.lst.query({ region: 'us-east-1' });

  // @ts-expect-error region is required
  await ec2.ec2.list.query({});

  const fleet = await ec2.ec2.list.query({
    regions: ['us-east-1', 'eu-west-1'],
    states: ['running'],
    tags: [{ key: 'env', value: 'prod' }, { key: 'owner' }],
    name: 'web-*',
    instanceTypes: ['t3.*'],
  });
  expectTypeOf(fleet.regions).toEqualTypeOf<RegionResult[]>();
  expectTypeOf(fleet.nextCursor).toEqualTypeOf<string | null>();

  await ec2.ec2.list.query({ region: 'cn-north-1', regions: 'all' });
  await ec2.ec2.list.query({ region: 'us-east-1', limit: 5, cursor: 'abc' });

  // @ts-expect-error a list of regions goes without region; only "all" takes one
  await ec2.ec2.list.query({ region: 'us-east-1', regions: ['eu-west-1'] });

  // @ts-expect-error states are instance state names
  await ec2.ec2.list.query({ region: 'us-east-1', states: ['asleep'] });

  const started = await ec2.ec2.start.mutate({
    region: 'us-east-1',
    instanceIds: ['i-1234abcd'],
    dryRun: false,
    wait: true,
    waitTimeoutSeconds: 60,
  });
  expectTypeOf(started.summary).toEqualTypeOf<StateChangeSummary>();
  const [first] = started.instances;
  expectTypeOf(first?.error).toEqualTypeOf<InstanceError | null | undefined>();
  expectTypeOf(first?.outcome).toEqualTypeOf<WaitOutcome | undefined>();

  await ec2.ec2.stop.mutate({
    region: 'us-east-1',
    instanceIds: ['i-1234abcd'],
    hibernate: true,
    hibernateFallback: true,
    force: false,
  });

  // @ts-expect-error only stop hibernates
  await ec2.ec2.start.mutate({ region: 'us-east-1', instanceIds: [], hibernate: true });

  const stringTimeout = {
    region: 'us-east-1',
    instanceIds: [],
    waitTimeoutSeconds: '60',
  };
  // @ts-expect-error the wait timeout is a number of seconds
  await ec2.ec2.start.mutate(stringTimeout);

  // @ts-expect-error instanceIds is a list of strings
  await ec2.ec2.start.mutate({ region: 'us-east-1', instanceIds: 42 });

  // @ts-expect-error start is a mutation, not a query
  await ec2.ec2.start.query({ region: 'us-east-1', instanceIds: ['i-1234abcd'] });
}
