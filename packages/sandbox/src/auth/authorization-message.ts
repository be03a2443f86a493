import { ACCOUNT_ID } from '../fleet/account.js';

export interface DeniedRequest {
  readonly accessKeyId: string;
  readonly action: string;
  readonly region: string;
}

/**
 * EC2 hides why a call was denied behind an opaque blob that only STS can decode. The
 * sandbox's blob is base64url JSON in the decoded shape, readable with
 * `decodeAuthorizationMessage`.
 */
export function encodeAuthorizationMessage(denied: DeniedRequest): string {
  const document = {
    allowed: false,
    explicitDeny: false,
    matchedStatements: { items: [] },
    failures: { items: [] },
    context: {
      principal: {
        id: denied.accessKeyId,
        arn: `arn:aws:iam::${ACCOUNT_ID}:user/sandbox`,
      },
      action: `ec2:${denied.action}`,
      resource: `arn:aws:ec2:${denied.region}:${ACCOUNT_ID}:*`,
      conditions: { items: [{ key: 'aws:RequestedRegion', values: [denied.region] }] },
    },
  };

  return Buffer.from(JSON.stringify(document)).toString('base64url');
}

export function decodeAuthorizationMessage(encoded: string): unknown {
  return JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
}
