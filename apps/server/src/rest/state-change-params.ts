import { startInputSchema, stopInputSchema } from '@ec2-control/api';

import { type RestField, restField } from './rest-field.js';
import { restParams } from './rest-params.js';
import { flag, idList, integer, text } from './wire.js';

const start = startInputSchema.shape;
const stop = stopInputSchema.shape;

export const startFields: readonly RestField[] = [
  restField('region', ['region_name', 'region'], text(start.region)),
  restField(
    'instanceIds',
    ['instance_id', 'InstanceId', 'instanceIds'],
    idList(start.instanceIds).describe(
      'Instance ids: one, several comma-separated, repeated, or a JSON array',
    ),
  ),
  restField('dryRun', ['dry_run', 'dryRun'], flag(start.dryRun)),
  restField('wait', ['wait'], flag(start.wait)),
  restField(
    'waitTimeoutSeconds',
    ['wait_timeout_seconds', 'waitTimeoutSeconds'],
    integer(start.waitTimeoutSeconds),
  ),
];

export const stopFields: readonly RestField[] = [
  ...startFields,
  restField('hibernate', ['hibernate'], flag(stop.hibernate)),
  restField(
    'hibernateFallback',
    ['hibernate_fallback', 'hibernateFallback'],
    flag(stop.hibernateFallback),
  ),
  restField('force', ['force'], flag(stop.force)),
];

/** POST /ec2/start: the start procedure's input and any credential parameters. */
export const startParams = restParams(startInputSchema, startFields);

/** POST /ec2/stop: the stop procedure's input and any credential parameters. */
export const stopParams = restParams(stopInputSchema, stopFields);
