import { Ec2Error } from './ec2-error.js';

export function authFailure(): Ec2Error {
  return new Ec2Error(
    'AuthFailure',
    'AWS was not able to validate the provided access credentials',
  );
}

export function missingAuthenticationToken(): Ec2Error {
  return new Ec2Error(
    'MissingAuthenticationToken',
    'The request must contain valid credentials.',
  );
}

export function incompleteSignature(detail: string): Ec2Error {
  return new Ec2Error('IncompleteSignature', detail);
}

export function requestExpired(amzDate: string): Ec2Error {
  return new Ec2Error(
    'RequestExpired',
    `Request has expired. Timestamp date is ${amzDate}.`,
  );
}

export function unauthorizedOperation(encodedMessage: string): Ec2Error {
  return new Ec2Error(
    'UnauthorizedOperation',
    'You are not authorized to perform this operation. ' +
      `Encoded authorization failure message: ${encodedMessage}`,
  );
}

export function dryRunOperation(): Ec2Error {
  return new Ec2Error(
    'DryRunOperation',
    'Request would have succeeded, but DryRun flag is set.',
  );
}

export function missingAction(): Ec2Error {
  return new Ec2Error('MissingAction', 'The request must contain the parameter Action');
}

export function invalidAction(action: string): Ec2Error {
  return new Ec2Error(
    'InvalidAction',
    `The action ${action} is not valid for this web service.`,
  );
}

export function malformedImageId(id: string): Ec2Error {
  return new Ec2Error(
    'InvalidAMIID.Malformed',
    `Invalid id: "${id}" (expecting "ami-...")`,
  );
}

export function invalidResourceId(id: string): Ec2Error {
  return new Ec2Error('InvalidID', `The ID '${id}' is not valid`);
}

export function missingParameter(name: string): Ec2Error {
  return new Ec2Error(
    'MissingParameter',
    `The request must contain the parameter ${name}`,
  );
}

export function invalidParameterValue(message: string): Ec2Error {
  return new Ec2Error('InvalidParameterValue', message);
}

export function invalidParameterCombination(message: string): Ec2Error {
  return new Ec2Error('InvalidParameterCombination', message);
}

export function invalidPaginationToken(token: string, cause?: unknown): Ec2Error {
  return new Ec2Error(
    'InvalidPaginationToken',
    `The pagination token '${token}' is not valid or has expired.`,
    { cause },
  );
}

export function malformedInstanceId(id: string): Ec2Error {
  return new Ec2Error(
    'InvalidInstanceID.Malformed',
    `Invalid id: "${id}" (expecting "i-...")`,
  );
}

export function instancesNotFound(ids: readonly string[]): Ec2Error {
  const message =
    ids.length === 1
      ? `The instance ID '${ids.join(', ')}' does not exist`
      : `The instance IDs '${ids.join(', ')}' do not exist`;

  return new Ec2Error('InvalidInstanceID.NotFound', message);
}

export function cannotStart(id: string): Ec2Error {
  return new Ec2Error(
    'IncorrectInstanceState',
    `The instance '${id}' is not in a state from which it can be started.`,
  );
}

export function cannotStop(id: string): Ec2Error {
  return new Ec2Error(
    'IncorrectInstanceState',
    `This instance '${id}' is not in a state from which it can be stopped.`,
  );
}

export function cannotStopPending(id: string): Ec2Error {
  return new Ec2Error(
    'IncorrectInstanceState',
    `Instance '${id}' cannot be stopped as it has never reached the 'running' state.`,
  );
}

export function hibernationNotConfigured(id: string): Ec2Error {
  return new Ec2Error(
    'UnsupportedHibernationConfiguration',
    "The instance can't be hibernated because it was not configured at launch for " +
      `hibernation: ${id}`,
  );
}

export function stopProtected(id: string): Ec2Error {
  return new Ec2Error(
    'OperationNotPermitted',
    `The instance '${id}' may not be stopped. ` +
      "Modify its 'disableApiStop' instance attribute and try again.",
  );
}

export function insufficientCapacity(instanceType: string, zone: string): Ec2Error {
  return new Ec2Error(
    'InsufficientInstanceCapacity',
    `We currently do not have sufficient ${instanceType} capacity in the Availability ` +
      `Zone you requested (${zone}). Our system will be working on provisioning ` +
      'additional capacity.',
  );
}

export function requestLimitExceeded(): Ec2Error {
  return new Ec2Error('RequestLimitExceeded', 'Request limit exceeded.');
}

export function internalError(cause?: unknown): Ec2Error {
  return new Ec2Error(
    'InternalError',
    'An internal error has occurred',
    cause === undefined ? undefined : { cause },
  );
}
