import { invalidParameterValue } from '../ec2/errors.js';
import { itemSet, type XmlNode } from '../ec2/xml.js';
import type { ActionContext } from './action-context.js';

export function describeRegions(context: ActionContext): XmlNode {
  const enabled = context.fleet.regionNames;
  const requested = context.params.list('RegionName');

  const unknown = requested.find((name) => !enabled.includes(name));
  if (unknown !== undefined) {
    throw invalidParameterValue(`Invalid region: ${unknown}`);
  }

  const regions = requested.length === 0 ? enabled : requested;

  return {
    regionInfo: itemSet(
      regions.map((regionName) => ({
        regionName,
        regionEndpoint: `ec2.${regionName}.amazonaws.com`,
        optInStatus: 'opt-in-not-required',
      })),
    ),
  };
}
