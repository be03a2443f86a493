import { type Ec2ClientError, isEc2ClientError } from '@ec2-control/client';

/** The error a typed-client call failed with; fails the test if it succeeded. */
export async function trpcFailure(call: Promise<unknown>): Promise<Ec2ClientError> {
  const outcome = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

  if (!('error' in outcome)) {
    throw new Error(`expected the call to fail, got ${JSON.stringify(outcome.value)}`);
  }
  if (!isEc2ClientError(outcome.error)) throw outcome.error;
  return outcome.error;
}
