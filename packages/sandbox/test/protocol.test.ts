import { DescribeInstancesCommand, DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type RunningSandbox, startSandbox } from '../src/index.js';
import { ec2Client, rejection } from './support/sandbox.js';
import { signedFetch } from './support/signed-fetch.js';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ regions: ['us-east-1', 'eu-west-1', 'ca-central-1'] });
});

afterAll(() => sandbox.close());

function post(body: string): Promise<Response> {
  return signedFetch(sandbox.endpoint, body, { credentials: sandbox.credentials });
}

test('an unknown action is InvalidAction in the EC2 error envelope', async () => {
  const response = await post('Action=LaunchRockets&Version=2016-11-15');
  const body = await response.text();
  const requestId = response.headers.get('x-amzn-requestid');

  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^text\/xml/);
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(body).toBe(
    '<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error>' +
      '<Code>InvalidAction</Code>' +
      '<Message>The action LaunchRockets is not valid for this web service.</Message>' +
      `</Error></Errors><RequestID>${requestId}</RequestID></Response>`,
  );
});

test('a request without an action is MissingAction', async () => {
  const response = await post('Version=2016-11-15');

  expect(response.status).toBe(400);
  expect(await response.text()).toContain('<Code>MissingAction</Code>');
});

test('a response is namespaced and carries the request id of its header', async () => {
  const response = await post(
    'Action=DescribeRegions&Version=2016-11-15&RegionName.1=us-east-1',
  );
  const body = await response.text();

  expect(response.status).toBe(200);
  expect(body).toContain(
    '<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">' +
      `<requestId>${response.headers.get('x-amzn-requestid')}</requestId>`,
  );
  expect(body).toContain('<regionName>us-east-1</regionName>');
});

test('tag values are escaped in the XML', async () => {
  await sandbox.admin.loadFleet({
    instances: [{ region: 'us-east-1', tags: { Name: '<b>&"quoted"' } }],
  });
  const output = await ec2Client(sandbox).send(new DescribeInstancesCommand({}));

  expect(output.Reservations?.[0]?.Instances?.[0]?.Tags).toEqual([
    { Key: 'Name', Value: '<b>&"quoted"' },
  ]);
  sandbox.admin.reset();
});

test('DescribeRegions lists the enabled regions', async () => {
  const output = await ec2Client(sandbox).send(new DescribeRegionsCommand({}));

  expect(output.Regions?.map((region) => [region.RegionName, region.Endpoint])).toEqual([
    ['us-east-1', 'ec2.us-east-1.amazonaws.com'],
    ['eu-west-1', 'ec2.eu-west-1.amazonaws.com'],
    ['ca-central-1', 'ec2.ca-central-1.amazonaws.com'],
  ]);
});

test('the SDK sees the request id of a failed call', async () => {
  const error = await rejection(
    ec2Client(sandbox).send(new DescribeInstancesCommand({ InstanceIds: ['bogus'] })),
  );

  expect(error).toMatchObject({
    name: 'InvalidInstanceID.Malformed',
    $metadata: { requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
  });
});
