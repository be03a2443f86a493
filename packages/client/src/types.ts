import type { AppRouter } from '@ec2-control/api';
import { TRPCClientError } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Inputs = inferRouterInputs<AppRouter>['ec2'];
type Outputs = inferRouterOutputs<AppRouter>['ec2'];

export type ListInput = Inputs['list'];
export type ListOutput = Outputs['list'];
export type StartInput = Inputs['start'];
export type StartOutput = Outputs['start'];
export type StopInput = Inputs['stop'];
export type StopOutput = Outputs['stop'];
export type InstanceSummary = ListOutput['instances'][number];
/** One `tags` entry of a list: `{ key, value }`, or `{ key }` for any value. */
export type TagFilter = NonNullable<ListInput['tags']>[number];
/** How listing one region went: `{ ok: true, count }` or `{ ok: false, error }`. */
export type RegionResult = ListOutput['regions'][number];
/**
 * One instance's result of a start or stop: `ok`, and `error` when not; with `wait`,
 * `finalState`, `stateReason` and `outcome`; with `hibernate`, `hibernated` and
 * `fellBackToStop`.
 */
export type StateChange = StartOutput['instances'][number];
/** Why one instance's start or stop did not happen: `{ code, awsCode, message }`. */
export type InstanceError = NonNullable<StateChange['error']>;
/** How one instance's wait ended, such as `reached`, `fell-back` or `timed-out`. */
export type WaitOutcome = NonNullable<StateChange['outcome']>;
/** EC2's reason for an instance's state, such as Server.InsufficientInstanceCapacity. */
export type StateReason = NonNullable<StateChange['stateReason']>;
/** How many instances a start or stop named, and how many did or did not succeed. */
export type StateChangeSummary = StartOutput['summary'];

/** An error the server returned; `data` carries `apiCode`, `awsCode` and `awsRequestId`. */
export type Ec2ClientError = TRPCClientError<AppRouter>;

export function isEc2ClientError(error: unknown): error is Ec2ClientError {
  return error instanceof TRPCClientError;
}
