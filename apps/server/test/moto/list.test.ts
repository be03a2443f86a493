import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { createEc2Client } from '@ec2-control/client';
import { expect, test } from 'vitest';

import {
  launchInstance,
  launchReservations,
  motoCredentials,
  motoEc2,
  motoImageId,
} from '../support/ec2.js';
import { http } from '../support/http.js';
import { useMoto } from '../support/moto.js';
import { serveMoto } from '../support/moto-server.js';
import { originalParams } from '../support/original-params.js';
import { startServer } from '../support/server.js';

const moto = useMoto();

// The original service's parameter names, as its callers send them.
const original = originalParams(motoCredentials);

function idsOf(result: { instances: { id: string }[] }): string[] {
  return result.instances.map((instance) => instance.id).sort();
}

test('the typed client lists the instances of a region with their details', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const id = await launchInstance(motoEc2(moto.endpoint), {
    name: 'web',
    keyName: 'ops',
  });
  const client = createEc2Client({ url: server.url, credentials: motoCredentials });

  const { instances } = await client.ec2.list.query({ region: 'us-east-1' });

  expect(instances).toHaveLength(1);
  expect(instances[0]).toMatchObject({
    id,
    region: 'us-east-1',
    name: 'web',
    state: 'running',
    type: 't3.micro',
    keyName: 'ops',
    imageId: motoImageId,
    tags: { Name: 'web' },
  });
  expect(instances[0]?.availabilityZone).toMatch(/^us-east-1[a-z]$/);
  expect(instances[0]?.privateIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(Date.parse(instances[0]?.launchTime ?? '')).not.toBeNaN();
});

test('list only returns instances of the region asked for', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const east = await launchInstance(motoEc2(moto.endpoint, 'us-east-1'));
  const west = await launchInstance(motoEc2(moto.endpoint, 'eu-west-1'));
  const client = createEc2Client({ url: server.url, credentials: motoCredentials });

  const inWest = await client.ec2.list.query({ region: 'eu-west-1' });

  expect(idsOf(inWest)).toEqual([west]);
  expect(idsOf(inWest)).not.toContain(east);
  expect(inWest.instances[0]?.region).toBe('eu-west-1');
});

test('GET /ec2/list takes the original query-string parameters', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const id = await launchInstance(motoEc2(moto.endpoint), { name: 'api' });

  const response = await http(server.url, '/ec2/list', { query: original });

  expect(response.status).toBe(200);
  expect(response.body.instances).toHaveLength(1);
  expect(response.body.instances[0]).toMatchObject({ id, name: 'api', state: 'running' });
});

test('POST /ec2/list takes the parameters as a form body', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const id = await launchInstance(motoEc2(moto.endpoint));

  const response = await http(server.url, '/ec2/list', { form: original });

  expect(response.status).toBe(200);
  expect(idsOf(response.body)).toEqual([id]);
});

test('POST /ec2/list takes the parameters as a JSON body', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const id = await launchInstance(motoEc2(moto.endpoint));

  const response = await http(server.url, '/ec2/list', { json: original });

  expect(response.status).toBe(200);
  expect(idsOf(response.body)).toEqual([id]);
});

test('GET /ec2/list takes the credentials as headers', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });
  const id = await launchInstance(motoEc2(moto.endpoint));

  const response = await http(server.url, '/ec2/list', {
    query: { region_name: 'us-east-1' },
    headers: {
      'x-aws-access-key-id': motoCredentials.accessKeyId,
      'x-aws-secret-access-key': motoCredentials.secretAccessKey,
    },
  });

  expect(response.status).toBe(200);
  expect(idsOf(response.body)).toEqual([id]);
});

test('an empty region lists no instances', async () => {
  const server = await startServer({ EC2_ENDPOINT: moto.endpoint });

  const response = await http(server.url, '/ec2/list', { query: original });

  expect(response.status).toBe(200);
  expect(response.body).toEqual({
    instances: [],
    nextCursor: null,
    regions: [{ region: 'us-east-1', ok: true, count: 0 }],
  });
});

test('an instance launched without a key pair lists with keyName null', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const withKey = await launchInstance(ec2, { keyName: 'ops' });
  const withoutKey = await launchInstance(ec2);

  const response = await http(server.url, '/ec2/list', { query: original });

  expect(response.status).toBe(200);
  const keyNames = Object.fromEntries(
    response.body.instances.map((i: { id: string; keyName: unknown }) => [
      i.id,
      i.keyName,
    ]),
  );
  expect(keyNames).toEqual({ [withKey]: 'ops', [withoutKey]: null });
});

test('list follows NextToken across pages of EC2_PAGE_SIZE reservations', async () => {
  const { server, ec2 } = await serveMoto(moto, { EC2_PAGE_SIZE: '5' });
  const launched = await launchReservations(ec2, 12);
  const firstPage = await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }));

  const response = await http(server.url, '/ec2/list', { query: original });

  // Twelve reservations do not fit one page of five, so all 12 prove pagination.
  expect(firstPage.Reservations).toHaveLength(5);
  expect(firstPage.NextToken).toBeDefined();
  expect(response.status).toBe(200);
  expect(idsOf(response.body)).toEqual([...launched].sort());
});

test('list returns more reservations than the default DescribeInstances page', async () => {
  const { server, ec2 } = await serveMoto(moto);
  const launched = await launchReservations(ec2, 105);
  // What the original service got: one call without MaxResults, cut at 100.
  const unpaged = await ec2.send(new DescribeInstancesCommand({}));

  const response = await http(server.url, '/ec2/list', { query: original });

  expect(unpaged.Reservations).toHaveLength(100);
  expect(unpaged.NextToken).toBeDefined();
  expect(response.status).toBe(200);
  expect(response.body.instances).toHaveLength(105);
  expect(idsOf(response.body)).toEqual([...launched].sort());
});
