import { createEc2Client, type ListOutput } from '@ec2-control/client';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { expect, test } from 'vitest';

import { http } from '../support/http.js';
import { originalParams, useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

const sandbox = useSandbox();

function summaryOf(result: ListOutput) {
  return result.instances.map((instance) => `${instance.name} ${instance.state}`);
}

test('the typed client lists the demo fleet of each region', async () => {
  const server = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
  const client = createEc2Client({
    url: server.url,
    credentials: sandbox.current.credentials,
  });

  const east = await client.ec2.list.query({ region: 'us-east-1' });
  const west = await client.ec2.list.query({ region: 'eu-west-1' });

  expect(summaryOf(east)).toMatchInlineSnapshot(`
    [
      "web-1 running",
      "web-2 running",
      "api-1 running",
      "worker-1 stopped",
      "analytics-1 running",
      "bastion running",
      "legacy-1 terminated",
      "win-build-1 running",
    ]
  `);
  expect(summaryOf(west)).toMatchInlineSnapshot(`
    [
      "eu-web-1 running",
      "eu-web-2 stopped",
      "eu-db-1 running",
      "eu-batch-1 stopped",
    ]
  `);
  expect(west.instances.every((instance) => instance.region === 'eu-west-1')).toBe(true);
});

test('an instance launched without a key pair lists with keyName null', async () => {
  const server = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });

  const response = await http(server.url, '/ec2/list', {
    query: originalParams(sandbox.current.credentials),
  });

  expect(response.status).toBe(200);
  const byId = new Map(response.body.instances.map((i: { id: string }) => [i.id, i]));
  expect(byId.get(ids.bastion)).toMatchInlineSnapshot(`
    {
      "availabilityZone": "us-east-1a",
      "id": "i-0a749064f7b6625eb",
      "imageId": "ami-0a3c3a20c09d6f377",
      "keyName": null,
      "launchTime": "2023-11-30T19:20:00.000Z",
      "name": "bastion",
      "platform": null,
      "privateIp": "10.0.37.237",
      "publicIp": "18.79.123.103",
      "region": "us-east-1",
      "securityGroupIds": [
        "sg-050a7da1d6491bce0",
      ],
      "state": "running",
      "subnetId": "subnet-0f6946b42d01e7925",
      "tags": {
        "Name": "bastion",
        "env": "prod",
        "team": "ops",
      },
      "type": "t3.nano",
      "vpcId": "vpc-04503b67a68f69c96",
    }
  `);
  expect(byId.get(ids.web1)).toMatchObject({ keyName: 'demo-key' });
});

test('a fleet larger than EC2_PAGE_SIZE is listed whole across pages', async () => {
  const server = await startServer({
    EC2_ENDPOINT: sandbox.current.endpoint,
    EC2_PAGE_SIZE: '5',
  });

  const response = await http(server.url, '/ec2/list', {
    query: originalParams(sandbox.current.credentials),
  });

  expect(response.status).toBe(200);
  expect(response.body.instances).toHaveLength(8);
});
