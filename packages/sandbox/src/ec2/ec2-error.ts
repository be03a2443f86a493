const HTTP_STATUS = {
  AuthFailure: 401,
  DryRunOperation: 412,
  IncompleteSignature: 400,
  IncorrectInstanceState: 400,
  InsufficientInstanceCapacity: 500,
  InternalError: 500,
  InvalidAction: 400,
  'InvalidAMIID.Malformed': 400,
  InvalidID: 400,
  'InvalidInstanceID.Malformed': 400,
  'InvalidInstanceID.NotFound': 400,
  InvalidPaginationToken: 400,
  InvalidParameterCombination: 400,
  InvalidParameterValue: 400,
  MissingAction: 400,
  MissingAuthenticationToken: 401,
  MissingParameter: 400,
  OperationNotPermitted: 400,
  RequestExpired: 400,
  RequestLimitExceeded: 503,
  UnauthorizedOperation: 403,
  UnsupportedHibernationConfiguration: 400,
} as const;

export type Ec2ErrorCode = keyof typeof HTTP_STATUS;

/** An error EC2 reports to the caller, with the HTTP status EC2 uses for its code. */
export class Ec2Error extends Error {
  override readonly name = 'Ec2Error';

  readonly code: Ec2ErrorCode;

  readonly status: number;

  constructor(code: Ec2ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.status = HTTP_STATUS[code];
  }
}
