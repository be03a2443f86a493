import type { SandboxCredentials } from '@ec2-control/sandbox';

interface BannerOptions {
  apiUrl: string;
  sandboxUrl: string;
  credentials: SandboxCredentials;
  stoppedId: string;
  runningId: string;
}

/** What a newcomer needs to try the API: URLs, demo keys and commands to paste. */
export function banner(options: BannerOptions): string {
  const { apiUrl, sandboxUrl, credentials } = options;
  const keys =
    `aws_access_key_id=${credentials.accessKeyId}` +
    `&aws_secret_access_key=${credentials.secretAccessKey}&region_name=us-east-1`;
  const headers =
    `-H 'x-aws-access-key-id: ${credentials.accessKeyId}' ` +
    `-H 'x-aws-secret-access-key: ${credentials.secretAccessKey}'`;

  return `
ec2-control is running on the local EC2 sandbox (demo data, no AWS account needed)

  API       ${apiUrl}   tRPC at /trpc, REST at /ec2/list, /ec2/start, /ec2/stop
  Docs      ${apiUrl}/docs   try the REST routes; OpenAPI at /openapi.json
  Sandbox   ${sandboxUrl}   state at /_sandbox/state, reset with POST /_sandbox/reset
  Keys      access key ${credentials.accessKeyId}
            secret key ${credentials.secretAccessKey}

List the demo fleet in us-east-1, as the original service's callers do:
  curl '${apiUrl}/ec2/list?${keys}'

Start a stopped instance (pending now, running on a list a few seconds later), with the
credentials in headers, which keeps them out of URLs:
  curl -X POST ${apiUrl}/ec2/start ${headers} \\
    -d region_name=us-east-1 -d instance_id=${options.stoppedId}

Stop a running instance:
  curl -X POST ${apiUrl}/ec2/stop ${headers} \\
    -d region_name=us-east-1 -d instance_id=${options.runningId}

From TypeScript, with @ec2-control/client:
  import { createEc2Client } from '@ec2-control/client';

  const ec2 = createEc2Client({
    url: '${apiUrl}',
    credentials: {
      accessKeyId: '${credentials.accessKeyId}',
      secretAccessKey: '${credentials.secretAccessKey}',
    },
  });
  const { instances } = await ec2.ec2.list.query({ region: 'us-east-1' });
`;
}
