import { expectTypeOf } from 'vitest';

import { createEc2Client } from './client.js';
import type { InstanceSummary, StateChange } from './types.js';

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

  // @ts-expect-error instanceIds is a list of strings
  await ec2.ec2.start.mutate({ region: 'us-east-1', instanceIds: 42 });

  // @ts-expect-error start is a mutation, not a query
  await ec2.ec2.start.query({ region: 'us-east-1', instanceIds: ['i-1234abcd'] });
}
