import {
  type ApiErrorCode,
  type ApiErrorDetails,
  apiErrors,
  stateChangeSchema,
} from '@ec2-control/api';
import { z } from 'zod';

const detailsShape = {
  awsCode: z.string().optional().describe('The EC2 error code, when EC2 refused'),
  awsRequestId: z.string().optional().describe("AWS's request id, for CloudTrail"),
  region: z.string().optional(),
  instanceIds: z.array(z.string()).optional(),
  issues: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .describe('Each bad parameter, by its REST name, and the rule it broke'),
  instances: z
    .array(stateChangeSchema)
    .optional()
    .describe("Every instance's result, when a start or stop failed for all of them"),
};

// Fails to compile when errors gain a detail that the document does not show.
const documented: Record<
  Exclude<keyof ApiErrorDetails, keyof typeof detailsShape>,
  never
> = {};
void documented;

/** The body error-body.ts renders for any of `codes`, which share one status. */
function errorBodySchema(status: number, codes: [ApiErrorCode, ...ApiErrorCode[]]) {
  return z.object({
    error: z.object({
      code: z.enum(codes),
      status: z.literal(status),
      message: z.string(),
      requestId: z.string().describe('Also in the x-request-id header and the log'),
      ...detailsShape,
    }),
  });
}

function summaries(codes: readonly ApiErrorCode[]): string {
  return codes.map((code) => `${code}: ${apiErrors[code].summary}`).join('; ');
}

/** One documented response per status that any of `codes` has, keyed by that status. */
export function errorResponses(codes: readonly ApiErrorCode[]) {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of new Set(codes)) {
    const { status } = apiErrors[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }

  const statuses = [...byStatus.keys()].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => {
      const [first, ...rest] = byStatus.get(status) ?? [];
      const schema = errorBodySchema(status, [first as ApiErrorCode, ...rest]);
      return [
        String(status),
        {
          description: summaries([first as ApiErrorCode, ...rest]),
          content: { 'application/json': { schema } },
        },
      ];
    }),
  );
}
