import { z } from 'zod';

import { requiredError } from './common.js';

// Any partition (aws, aws-cn, aws-us-gov, ...); paths and names in IAM's character set.
const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

const EXTERNAL_ID_PATTERN = /^[\w+=,.@:/-]{2,1224}$/;

/** A role the server assumes with its own credentials, for one request. */
export const assumeRoleSchema = z.object({
  roleArn: z
    .string(requiredError)
    .regex(
      ROLE_ARN_PATTERN,
      'must be an IAM role ARN such as arn:aws:iam::123456789012:role/ec2-operator',
    ),
  externalId: z
    .string()
    .regex(EXTERNAL_ID_PATTERN, 'must be 2-1224 letters, digits or any of +=,.@:/-')
    .optional(),
});

export type AssumeRole = z.infer<typeof assumeRoleSchema>;
