import { invalidResourceId, missingParameter } from '../ec2/errors.js';
import type { QueryParams } from '../ec2/query-params.js';
import type { XmlNode } from '../ec2/xml.js';
import type { Instance, Tag } from '../fleet/instance.js';
import type { ActionContext } from './action-context.js';
import { findInstances } from './requested-instances.js';

export function readTags(params: QueryParams, prefix: string): Tag[] {
  return params.members(prefix).map((member, index) => {
    const key = member.string('Key');
    if (key === undefined) {
      throw missingParameter(`${prefix}.${index + 1}.Key`);
    }

    return { key, value: member.string('Value') ?? '' };
  });
}

function applyTags(instance: Instance, tags: readonly Tag[]): void {
  const byKey = new Map(instance.tags.map((tag) => [tag.key, tag]));
  for (const tag of tags) {
    byKey.set(tag.key, tag);
  }

  instance.tags = [...byKey.values()];
}

/** Only instances carry tags in the sandbox, so other resource ids are rejected. */
export function createTags(context: ActionContext): XmlNode {
  const { params } = context;
  const resourceIds = params.list('ResourceId');
  if (resourceIds.length === 0) {
    throw missingParameter('ResourceId');
  }

  const foreign = resourceIds.find((id) => !id.startsWith('i-'));
  if (foreign !== undefined) {
    throw invalidResourceId(foreign);
  }

  const tags = readTags(params, 'Tag');
  for (const instance of findInstances(resourceIds, context.instances)) {
    applyTags(instance, tags);
  }

  return { return: true };
}
