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
export type StateChange = StartOutput['instances'][number];

/** An error the server returned; `data` carries `apiCode`, `awsCode` and `awsRequestId`. */
export type Ec2ClientError = TRPCClientError<AppRouter>;

export function isEc2ClientError(error: unknown): error is Ec2ClientError {
  return error instanceof TRPCClientError;
}
