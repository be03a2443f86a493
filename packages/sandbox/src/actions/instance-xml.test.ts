import { XMLBuilder } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { QueryParams } from '../ec2/query-params.js';
import { EC2_NAMESPACE, itemSet, responseXml, type XmlNode } from '../ec2/xml.js';
import { ACCOUNT_ID } from '../fleet/account.js';
import type { FleetSpec } from '../fleet/fleet-spec.js';
import { type Instance, STATE_NAMES, type StateName } from '../fleet/instance.js';
import { phaseAt } from '../fleet/instance-state.js';
import type { RegionFleet } from '../fleet/region-fleet.js';
import { createSandbox } from '../sandbox.js';
import type { ActionHandler } from './action-context.js';
import { createTags } from './create-tags.js';
import { describeInstances } from './describe-instances.js';
import { instanceNode } from './instance-xml.js';
import { runInstances } from './run-instances.js';
import { startInstances } from './start-instances.js';
import { stopInstances } from './stop-instances.js';
import { terminateInstances } from './terminate-instances.js';

const REGION = 'us-east-1';
const REQUEST_ID = '0b6a4c7e-5d1f-4f36-9c1e-2f0e1d2c3b4a';
const START = Date.UTC(2025, 0, 2, 3, 4, 5);
const SPECIAL = `<&>"' é中😀`;

// How answers were written before: the whole tree through fast-xml-parser's builder.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

function builtAnswer(action: string, body: XmlNode): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    [`${action}Response`]: { '@_xmlns': EC2_NAMESPACE, requestId: REQUEST_ID, ...body },
  });
}

function builtReservations(instances: readonly Instance[], now: number): XmlNode[] {
  const reservations: { reservationId: string; items: XmlNode[] }[] = [];
  for (const instance of instances) {
    const item = instanceNode(instance, REGION, phaseAt(instance.lifecycle, now));
    const last = reservations.at(-1);
    if (last?.reservationId === instance.reservationId) {
      last.items.push(item);
    } else {
      reservations.push({ reservationId: instance.reservationId, items: [item] });
    }
  }

  return reservations.map(({ reservationId, items }) => ({
    reservationId,
    ownerId: ACCOUNT_ID,
    instancesSet: itemSet(items),
  }));
}

function sandboxWith(fleet: FleetSpec) {
  const sandbox = createSandbox({
    fleet,
    delays: { pendingMs: 1000, stoppingMs: 2000, shuttingDownMs: 3000 },
  });
  const instances = sandbox.fleet.region(REGION) as RegionFleet;

  function call(handler: ActionHandler, query: Record<string, string>, now: number) {
    const params = QueryParams.parse(new URLSearchParams(query).toString());
    const { fleet: all, delays, faults } = sandbox;

    return handler({
      params,
      region: REGION,
      instances,
      fleet: all,
      now,
      delays,
      faults,
    });
  }

  return { sandbox, instances, call };
}

function idList(prefix: string, ids: readonly string[]): Record<string, string> {
  return Object.fromEntries(ids.map((id, index) => [`${prefix}.${index + 1}`, id]));
}

function inState(instances: RegionFleet, state: StateName, now: number): Instance[] {
  return instances.all().filter((i) => phaseAt(i.lifecycle, now).state === state);
}

test.each<[string, FleetSpec]>([
  ['a generated fleet', { generate: 240, regions: [REGION] }],
  ['the demo fleet', 'demo'],
])('answers about %s in every state are what the builder wrote', (_, spec) => {
  const { sandbox, instances, call } = sandboxWith(spec);

  function expectDescribe(
    query: Record<string, string>,
    expected: Instance[],
    now: number,
  ) {
    const body = call(describeInstances, query, now);
    const reservationSet = itemSet(builtReservations(expected, now));

    expect(responseXml('DescribeInstances', REQUEST_ID, body)).toBe(
      builtAnswer('DescribeInstances', { reservationSet, nextToken: body.nextToken }),
    );
  }

  function expectAnswer(
    action: string,
    handler: ActionHandler,
    query: Record<string, string>,
  ) {
    const body = call(handler, query, START);

    expect(responseXml(action, REQUEST_ID, body)).toBe(builtAnswer(action, body));
  }

  const ids = (list: Instance[]) => list.map((instance) => instance.instanceId);
  const running = ids(inState(instances, 'running', START));
  const stopped = ids(inState(instances, 'stopped', START));

  expectDescribe({}, [...instances.all()], START);
  sandbox.faults.set([{ kind: 'start-falls-back', instanceIds: stopped.slice(0, 1) }]);
  expectAnswer('StopInstances', stopInstances, idList('InstanceId', running.slice(0, 4)));
  expectAnswer(
    'StartInstances',
    startInstances,
    idList('InstanceId', stopped.slice(0, 3)),
  );
  expectAnswer(
    'TerminateInstances',
    terminateInstances,
    idList('InstanceId', running.slice(4, 6)),
  );
  expectAnswer('CreateTags', createTags, {
    ...idList('ResourceId', running.slice(5, 8)),
    'Tag.1.Key': 'Name',
    'Tag.1.Value': SPECIAL,
    'Tag.2.Key': SPECIAL,
    'Tag.2.Value': '',
  });

  const launched = call(
    runInstances,
    {
      ImageId: 'ami-0a3c3a20c09d6f377',
      MinCount: '2',
      MaxCount: '2',
      KeyName: SPECIAL,
      'TagSpecification.1.ResourceType': 'instance',
      'TagSpecification.1.Tag.1.Key': 'team',
      'TagSpecification.1.Tag.1.Value': SPECIAL,
    },
    START,
  );
  expect(responseXml('RunInstances', REQUEST_ID, launched)).toBe(
    builtAnswer('RunInstances', {
      reservationId: launched.reservationId,
      ownerId: ACCOUNT_ID,
      instancesSet: itemSet(
        instances
          .all()
          .slice(-2)
          .map((instance) =>
            instanceNode(instance, REGION, phaseAt(instance.lifecycle, START)),
          ),
      ),
    }),
  );

  const seen = new Set<StateName>();
  for (const elapsed of [0, 0, 999, 1000, 1999, 2000, 3000, 60_000]) {
    const now = START + elapsed;
    const all = [...instances.all()];
    for (const instance of all) {
      seen.add(phaseAt(instance.lifecycle, now).state);
    }

    expectDescribe({}, all, now);
    expectDescribe({ MaxResults: '5' }, all.slice(0, 5), now);
    for (const state of ['pending', 'stopping', 'shutting-down', 'stopped'] as const) {
      const filter = {
        'Filter.1.Name': 'instance-state-name',
        'Filter.1.Value.1': state,
      };
      expectDescribe(filter, inState(instances, state, now), now);
    }

    const changed = running.slice(0, 8);
    expectDescribe(
      idList('InstanceId', changed),
      all.filter((instance) => changed.includes(instance.instanceId)),
      now,
    );
  }

  expect([...seen].sort()).toEqual([...STATE_NAMES].sort());
});
