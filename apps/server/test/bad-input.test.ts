import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import { closedPortEndpoint } from './support/dead-endpoints.js';
import { http } from './support/http.js';
import { startServer } from './support/server.js';
import { trpcFailure } from './support/trpc.js';

const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const original = {
  aws_access_key_id: credentials.accessKeyId,
  aws_secret_access_key: credentials.secretAccessKey,
  region_name: 'us-east-1',
};
const instanceId = 'i-0123456789abcdef0';

// Nothing listens at the EC2 endpoint: input that slipped past validation would come
// back as 502 AWS_UNREACHABLE instead of the 400 these tests expect.
async function serve() {
  return startServer({ EC2_ENDPOINT: await closedPortEndpoint(), AWS_MAX_ATTEMPTS: '1' });
}

test('missing credentials are a 400 naming aws_access_key_id', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    query: { region_name: 'us-east-1' },
  });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'MISSING_CREDENTIALS',
    status: 400,
    requestId: response.headers.get('x-request-id'),
  });
  expect(response.body.error.issues).toEqual([
    { path: 'aws_access_key_id', message: 'is required (header x-aws-access-key-id)' },
    {
      path: 'aws_secret_access_key',
      message: 'is required (header x-aws-secret-access-key)',
    },
  ]);
  expect(response.body.error.message).toContain('aws_access_key_id is required');
});

test('a missing secret alone is named alone', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    query: { aws_access_key_id: credentials.accessKeyId, region_name: 'us-east-1' },
  });

  expect(response.status).toBe(400);
  expect(response.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(
    ['aws_secret_access_key'],
  );
});

test('a missing region_name is a 400 naming region_name', async () => {
  const server = await serve();
  const { region_name: _region, ...withoutRegion } = original;

  const response = await http(server.url, '/ec2/list', { query: withoutRegion });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    message: 'region_name is required',
    issues: [{ path: 'region_name', message: 'is required' }],
  });
});

test('an invalid region_name is a 400 naming region_name', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    query: { ...original, region_name: 'mars-north-1a' },
  });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    message: 'region_name must be an AWS region name such as us-east-1',
  });
});

test('region_name given twice is a 400 naming region_name', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    query: { ...original, region_name: ['us-east-1', 'eu-west-1'] },
  });

  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('VALIDATION_FAILED');
  expect(response.body.error.issues).toEqual([
    { path: 'region_name', message: expect.any(String) },
  ]);
});

test('a missing instance_id is a 400 naming instance_id', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/stop', {
    method: 'POST',
    query: original,
  });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    message: 'instance_id is required',
    issues: [{ path: 'instance_id', message: 'is required' }],
  });
});

test('a malformed instance id is a 400 naming the instance_id entry', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/start', {
    method: 'POST',
    query: { ...original, instance_id: `${instanceId},i-XYZ` },
  });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    issues: [
      {
        path: 'instance_id[1]',
        message: 'must be "i-" followed by 8 or 17 lowercase hex digits',
      },
    ],
  });
});

test('instance_id and InstanceId that disagree are a 400 naming both', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/stop', {
    method: 'POST',
    query: { ...original, instance_id: instanceId, InstanceId: 'i-0123456789abcdef1' },
  });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    issues: [{ path: 'instance_id,InstanceId', message: 'disagree; give one of them' }],
  });
  expect(response.body.error.message).toMatch(/instance_id.*InstanceId.*disagree/);
});

test('instance_id and InstanceId that agree pass validation', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/stop', {
    method: 'POST',
    query: { ...original, instance_id: instanceId, InstanceId: instanceId },
  });

  // Past validation, the call reaches for the EC2 endpoint, where nothing listens.
  expect(response.status).toBe(502);
  expect(response.body.error.code).toBe('AWS_UNREACHABLE');
});

test('a body that is not JSON is a 400 that does not repeat the body', async () => {
  const server = await serve();
  const body = '{"aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG", "region_name": ';

  const response = await http(server.url, '/ec2/list', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
  });

  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('VALIDATION_FAILED');
  expect(response.text).not.toContain('wJalrXUtnFEMI');
  expect(response.text).not.toContain('region_name');
});

test('a method a route does not take is a 405 with an Allow header', async () => {
  const server = await serve();

  const getStart = await http(server.url, '/ec2/start', { query: original });
  const deleteList = await http(server.url, '/ec2/list', { method: 'DELETE' });

  expect(getStart.status).toBe(405);
  expect(getStart.headers.get('allow')).toBe('POST');
  expect(getStart.body.error).toMatchObject({
    code: 'METHOD_NOT_ALLOWED',
    message: 'GET is not allowed; use POST',
  });
  expect(deleteList.status).toBe(405);
  expect(deleteList.headers.get('allow')).toBe('GET, HEAD, POST');
});

test('an unknown path is a JSON 404 that leaves out the query string', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/reboot', { query: original });

  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.body).toEqual({
    error: {
      code: 'ROUTE_NOT_FOUND',
      status: 404,
      message: 'No route GET /ec2/reboot',
      requestId: response.headers.get('x-request-id'),
    },
  });
});

test('a content type the API does not read is a 415', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    method: 'POST',
    body: '<region_name>us-east-1</region_name>',
    headers: { 'content-type': 'application/xml' },
  });

  expect(response.status).toBe(415);
  expect(response.body.error).toMatchObject({
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  });
});

test('the typed client gets BAD_REQUEST naming the region field', async () => {
  const server = await serve();
  const client = createEc2Client({ url: server.url, credentials });

  const error = await trpcFailure(client.ec2.list.query({ region: 'mars-north-1a' }));

  expect(error.message).toBe('region must be an AWS region name such as us-east-1');
  expect(error.data).toMatchObject({
    code: 'BAD_REQUEST',
    httpStatus: 400,
    apiCode: 'VALIDATION_FAILED',
    issues: [{ path: 'region', message: expect.any(String) }],
  });
});

test('the typed client gets BAD_REQUEST MISSING_CREDENTIALS naming the header', async () => {
  const server = await serve();
  const client = createEc2Client({
    url: server.url,
    credentials: { accessKeyId: '', secretAccessKey: credentials.secretAccessKey },
  });

  const error = await trpcFailure(client.ec2.list.query({ region: 'us-east-1' }));

  expect(error.data).toMatchObject({
    code: 'BAD_REQUEST',
    httpStatus: 400,
    apiCode: 'MISSING_CREDENTIALS',
  });
  expect(error.message).toContain('x-aws-access-key-id');
});

test('the typed client gets BAD_REQUEST for malformed or no instance ids', async () => {
  const server = await serve();
  const client = createEc2Client({ url: server.url, credentials });

  const malformed = await trpcFailure(
    client.ec2.stop.mutate({ region: 'us-east-1', instanceIds: ['i-XYZ'] }),
  );
  const none = await trpcFailure(
    client.ec2.start.mutate({ region: 'us-east-1', instanceIds: [] }),
  );

  expect(malformed.data).toMatchObject({
    code: 'BAD_REQUEST',
    apiCode: 'VALIDATION_FAILED',
    issues: [{ path: 'instanceIds.0', message: expect.any(String) }],
  });
  expect(none.data).toMatchObject({
    code: 'BAD_REQUEST',
    apiCode: 'VALIDATION_FAILED',
    issues: [{ path: 'instanceIds', message: 'must name at least one instance' }],
  });
});

test('an unknown procedure is a tRPC 404', async () => {
  const server = await serve();

  const response = await http(server.url, '/trpc/ec2.reboot');

  expect(response.status).toBe(404);
  expect(response.body.error.data).toMatchObject({
    code: 'NOT_FOUND',
    httpStatus: 404,
    apiCode: 'ROUTE_NOT_FOUND',
  });
});

test('a tRPC mutation whose body is not JSON is a 400', async () => {
  const server = await serve();

  const response = await http(server.url, '/trpc/ec2.stop', {
    method: 'POST',
    body: '{"region": "us-east-1", "instanceIds": [',
    headers: {
      'content-type': 'application/json',
      'x-aws-access-key-id': credentials.accessKeyId,
      'x-aws-secret-access-key': credentials.secretAccessKey,
    },
  });

  expect(response.status).toBe(400);
  expect(response.body.error.data).toMatchObject({
    httpStatus: 400,
    apiCode: 'VALIDATION_FAILED',
  });
  expect(response.text).not.toContain('instanceIds');
});

test('a text/plain body on a REST route is a 415 naming the types it reads', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    method: 'POST',
    body: new URLSearchParams(original).toString(),
    headers: { 'content-type': 'text/plain' },
  });

  expect(response.status).toBe(415);
  expect(response.body.error).toMatchObject({
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    message:
      'The body must be JSON (application/json) ' +
      'or a form (application/x-www-form-urlencoded)',
  });
  expect(response.text).not.toContain(credentials.secretAccessKey);
});

test('a single-valued parameter given twice or as a number is a 400', async () => {
  const server = await serve();

  const twice = await http(server.url, '/ec2/list', {
    query: { ...original, region_name: ['us-east-1', 'eu-west-1'] },
  });
  const number = await http(server.url, '/ec2/list', {
    json: { ...original, region_name: 1 },
  });
  const limits = await http(server.url, '/ec2/list', {
    query: { ...original, limit: ['5', '10'] },
  });

  for (const response of [twice, number]) {
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'region_name must be given once, as a string',
      issues: [{ path: 'region_name', message: 'must be given once, as a string' }],
    });
  }
  expect(limits.body.error.issues).toEqual([
    { path: 'limit', message: 'must be given once, as a whole number' },
  ]);
});

test('disagreeing header and parameter credentials: a 400 naming both', async () => {
  const server = await serve();
  const otherSecret = 'OtherSecretValue/0000000000000000000000000';

  const response = await http(server.url, '/ec2/list', {
    query: { ...original, aws_secret_access_key: otherSecret },
    headers: {
      'x-aws-access-key-id': credentials.accessKeyId,
      'x-aws-secret-access-key': credentials.secretAccessKey,
    },
  });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    message: 'aws_secret_access_key,x-aws-secret-access-key disagree; give one of them',
    issues: [
      {
        path: 'aws_secret_access_key,x-aws-secret-access-key',
        message: 'disagree; give one of them',
      },
    ],
  });
  expect(response.text).not.toContain(otherSecret);
  expect(response.text).not.toContain(credentials.secretAccessKey);
});

test('header and parameter credentials that agree pass validation', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    query: original,
    headers: { 'x-aws-access-key-id': credentials.accessKeyId },
  });

  // Past validation, the call reaches for the EC2 endpoint, where nothing listens.
  expect(response.status).toBe(502);
  expect(response.body.error.code).toBe('AWS_UNREACHABLE');
});

test('a misspelt REST parameter is a 400 naming it, never a wider list', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    query: { ...original, instance_ids: instanceId, statee: 'running' },
  });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    issues: [
      { path: 'instance_ids', message: 'is not a known parameter' },
      { path: 'statee', message: 'is not a known parameter' },
    ],
  });
});

test('a stop option sent to start is refused, not dropped', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/start', {
    json: { ...original, instance_id: instanceId, hibernate: true },
  });

  expect(response.status).toBe(400);
  expect(response.body.error.issues).toEqual([
    { path: 'hibernate', message: 'is not a known parameter' },
  ]);
});

test('the typed client gets BAD_REQUEST naming a field the procedure lacks', async () => {
  const server = await serve();
  const client = createEc2Client({ url: server.url, credentials });
  // TypeScript checks extra fields on object literals only; this one passes as a variable.
  const misspelt = { region: 'us-east-1', state: ['running'] };

  const error = await trpcFailure(client.ec2.list.query(misspelt));

  expect(error.message).toBe('state is not a known parameter');
  expect(error.data).toMatchObject({
    apiCode: 'VALIDATION_FAILED',
    issues: [{ path: 'state', message: 'is not a known parameter' }],
  });
});

test('a misspelt field inside a tag is a 400, never a wider list', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    json: { ...original, tag: [{ key: 'env', valu: 'prod' }] },
  });

  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    issues: [{ path: 'tag[0].valu', message: 'is not a known parameter' }],
  });
});

test('a parameter the query and the body disagree on is a 400 naming it', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/stop', {
    query: { dry_run: 'true' },
    json: { ...original, instance_id: instanceId, dry_run: false },
  });

  expect(response.status).toBe(400);
  expect(response.body.error.issues).toEqual([
    {
      path: 'dry_run',
      message: 'differs between the query string and the body; give it once',
    },
  ]);
});

test('the same value in the query and the body passes validation', async () => {
  const server = await serve();

  const response = await http(server.url, '/ec2/list', {
    query: { region_name: 'us-east-1' },
    json: original,
  });

  // Past validation, the call reaches the closed EC2 endpoint.
  expect(response.body.error.code).toBe('AWS_UNREACHABLE');
});
