import type {
  EC2Client,
  ServiceInputTypes,
  ServiceOutputTypes,
} from '@aws-sdk/client-ec2';
import type {
  InitializeHandlerArguments,
  InitializeHandlerOutput,
  InitializeMiddleware,
} from '@smithy/types';

type Input = ServiceInputTypes;
type Output = ServiceOutputTypes;
type Answer = Promise<InitializeHandlerOutput<Output>>;

const SHARED_COMMAND = 'DescribeInstancesCommand';

/**
 * Lets identical DescribeInstances calls that are in flight on one client at the same
 * time share a single call to EC2: many callers listing the same region at once cost
 * one request against the account's EC2 rate limits, and one parse of its answer.
 *
 * A call joins only one that started after the client's last change of state (start,
 * stop, tags) ended, so nobody reads a fleet from before a change made through this
 * client. The shared answer is the SDK's output object: callers only read it.
 */
export function shareReads(client: EC2Client): void {
  const inFlight = new Map<string, Answer>();
  let changes = 0;

  const middleware: InitializeMiddleware<Input, Output> = (next, context) =>
    async function share(args: InitializeHandlerArguments<Input>) {
      if (context.commandName !== SHARED_COMMAND) {
        if (context.commandName?.startsWith('Describe')) return next(args);

        changes += 1;
        try {
          return await next(args);
        } finally {
          changes += 1;
        }
      }

      const key = `${changes}\n${JSON.stringify(args.input)}`;
      const joined = inFlight.get(key);
      if (joined) return joined;

      const call = next(args).finally(() => inFlight.delete(key));
      inFlight.set(key, call);
      return call;
    };

  client.middlewareStack.add(middleware, {
    step: 'initialize',
    name: 'shareDescribeInstances',
    priority: 'high',
  });
}
