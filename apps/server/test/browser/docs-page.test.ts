import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoInstanceIds as ids } from '@ec2-control/sandbox';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { useSandbox } from '../support/sandbox.js';
import { startServer } from '../support/server.js';

// Debian's chromium, installed by .ci/run: playwright must never download a browser.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const sandbox = useSandbox();
let profile = '';
let browser: BrowserContext | undefined;

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'ec2-control-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** A fresh tab on /docs that records what the page's security policy blocked. */
async function openDocs(url: string): Promise<{ page: Page; blocked: string[] }> {
  if (!browser) throw new Error('the browser is not started yet');
  const page = await browser.newPage();
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });

  await page.goto(`${url}/docs`);
  return { page, blocked };
}

test('the docs page shows every operation under the security policy', async () => {
  const { url } = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
  const { page, blocked } = await openDocs(url);

  const paths = page.locator('.opblock-summary-path');
  await paths.first().waitFor();

  expect(await page.title()).toBe('ec2-control API');
  expect(await page.locator('.info .title').textContent()).toMatch(/^ec2-control/);
  expect(await paths.allTextContents()).toEqual([
    '/ec2/list',
    '/ec2/list',
    '/ec2/start',
    '/ec2/stop',
    '/healthz',
  ]);
  expect(blocked).toEqual([]);
});

test('"Try it out" lists the demo fleet with credential headers', async () => {
  const { url } = await startServer({ EC2_ENDPOINT: sandbox.current.endpoint });
  const { credentials } = sandbox.current;
  const { page, blocked } = await openDocs(url);
  const list = page.locator('#operations-ec2-listGet');

  await list.locator('.opblock-summary').click();
  await list.getByRole('button', { name: 'Try it out' }).click();
  const field = (name: string) => list.locator(`tr[data-param-name="${name}"] input`);
  await field('x-aws-access-key-id').fill(credentials.accessKeyId);
  await field('x-aws-secret-access-key').fill(credentials.secretAccessKey);
  await field('region_name').fill('us-east-1');
  await list.getByRole('button', { name: 'Execute' }).click();

  const response = list.locator('.live-responses-table tbody .response');
  const responseBody = response.locator('.highlight-code code.language-json');
  await responseBody.waitFor();

  expect(await response.locator('.response-col_status').textContent()).toBe('200');
  const body = JSON.parse((await responseBody.textContent()) ?? '{}');
  expect(body.instances.map((instance: { id: string }) => instance.id)).toEqual(
    expect.arrayContaining([ids.web1, ids.web2, ids.worker1, ids.bastion]),
  );
  expect(blocked).toEqual([]);
});
