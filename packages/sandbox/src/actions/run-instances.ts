import {
  invalidParameterValue,
  malformedImageId,
  missingParameter,
} from '../ec2/errors.js';
import type { QueryParams } from '../ec2/query-params.js';
import { itemSet, type XmlNode } from '../ec2/xml.js';
import { ACCOUNT_ID } from '../fleet/account.js';
import { buildInstance } from '../fleet/build-instance.js';
import type { Instance, Tag } from '../fleet/instance.js';
import { randomId } from '../fleet/resource-ids.js';
import { launchLifecycle } from '../fleet/transitions.js';
import type { ActionContext } from './action-context.js';
import { readTags } from './create-tags.js';
import { instanceXml } from './instance-xml.js';

const MAX_LAUNCH = 100;

function requiredInteger(params: QueryParams, name: string): number {
  const value = params.integer(name);
  if (value === undefined) {
    throw missingParameter(name);
  }

  return value;
}

function instanceTags(params: QueryParams): Tag[] {
  return params
    .members('TagSpecification')
    .filter((spec) => spec.string('ResourceType') === 'instance')
    .flatMap((spec) => readTags(spec, 'Tag'));
}

function launchCount(params: QueryParams): number {
  const minCount = requiredInteger(params, 'MinCount');
  const maxCount = requiredInteger(params, 'MaxCount');
  if (minCount < 1 || maxCount < minCount || maxCount > MAX_LAUNCH) {
    throw invalidParameterValue(
      `MinCount (${minCount}) and MaxCount (${maxCount}) must satisfy ` +
        `1 <= MinCount <= MaxCount <= ${MAX_LAUNCH}`,
    );
  }

  return maxCount;
}

/** Launches instances that start `pending` and become `running` after the delay. */
export function runInstances(context: ActionContext): XmlNode {
  const { params, region, now } = context;
  const imageId = params.string('ImageId');
  if (imageId === undefined) {
    throw missingParameter('ImageId');
  }

  if (!/^ami-[0-9a-f]{8,17}$/.test(imageId)) {
    throw malformedImageId(imageId);
  }

  const count = launchCount(params);
  const availabilityZone = params.string('Placement.AvailabilityZone') ?? `${region}a`;
  if (!availabilityZone.startsWith(region)) {
    throw invalidParameterValue(`Invalid availability zone: [${availabilityZone}]`);
  }

  const keyName = params.string('KeyName');
  const reservationId = randomId('r');
  const tags = Object.fromEntries(
    instanceTags(params).map((tag) => [tag.key, tag.value]),
  );
  const launched: Instance[] = [];

  for (let index = 0; index < count; index += 1) {
    const instance = buildInstance(
      {
        region,
        instanceId: randomId('i'),
        reservationId,
        state: 'running',
        instanceType: params.string('InstanceType') ?? 'm1.small',
        imageId,
        ...(keyName === undefined ? {} : { keyName }),
        availabilityZone,
        tags,
        hibernation: params.boolean('HibernationOptions.Configured'),
        architecture: 'x86_64',
      },
      reservationId,
    );
    instance.launchTime = now;
    instance.lifecycle = launchLifecycle(context);
    context.instances.add(instance);
    launched.push(instance);
  }

  return {
    reservationId,
    ownerId: ACCOUNT_ID,
    instancesSet: itemSet(launched.map((instance) => instanceXml(instance, region, now))),
  };
}
