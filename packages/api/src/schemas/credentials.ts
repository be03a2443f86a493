import { z } from 'zod';

import { requiredError } from './common.js';

// Values are checked for shape only; messages never repeat them.
export const awsCredentialsSchema = z.object({
  accessKeyId: z
    .string(requiredError)
    .regex(/^\w{1,128}$/, 'must be 1-128 letters, digits or underscores'),
  secretAccessKey: z
    .string(requiredError)
    .regex(/^[\x21-\x7e]{1,256}$/, 'must be 1-256 printable characters without spaces'),
  sessionToken: z
    .string()
    .regex(/^[\x21-\x7e]{1,8192}$/, 'must be 1-8192 printable characters without spaces')
    .optional(),
});

export type AwsCredentials = z.infer<typeof awsCredentialsSchema>;
