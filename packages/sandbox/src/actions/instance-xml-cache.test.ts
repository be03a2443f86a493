import { expect, test } from 'vitest';
import { buildInstance } from '../fleet/build-instance.js';
import { instanceSpecSchema } from '../fleet/fleet-spec.js';
import type { Instance } from '../fleet/instance.js';
import { RegionFleet } from '../fleet/region-fleet.js';
import { launchLifecycle, stopLifecycle } from '../fleet/transitions.js';
import { instanceXml } from './instance-xml.js';
import { InstanceXmlCache, instanceXmlCache } from './instance-xml-cache.js';

const REGION = 'us-east-1';
const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);
const delays = { pendingMs: 100, stoppingMs: 200, shuttingDownMs: 300 };

function instance(seed: string): Instance {
  return buildInstance(
    instanceSpecSchema.parse({ region: REGION, tags: { Name: seed } }),
    seed,
  );
}

function expectFresh(cache: InstanceXmlCache, subject: Instance, now: number): void {
  expect(cache.render(subject, REGION, now).xml).toBe(
    instanceXml(subject, REGION, now).xml,
  );
}

test('an unchanged instance is rendered once', () => {
  const cache = new InstanceXmlCache();
  const subject = instance('a');
  const first = cache.render(subject, REGION, NOW);

  expect(cache.render(subject, REGION, NOW + 60_000)).toBe(first);
  expect(first.xml).toBe(instanceXml(subject, REGION, NOW).xml);
});

test('a transition is rendered again once the clock reaches it', () => {
  const cache = new InstanceXmlCache();
  const subject = instance('a');
  subject.launchTime = NOW;
  subject.lifecycle = launchLifecycle({ now: NOW, delays });

  const pending = cache.render(subject, REGION, NOW + 99);
  expect(pending.xml).toContain('<name>pending</name>');
  expectFresh(cache, subject, NOW + 99);

  const running = cache.render(subject, REGION, NOW + 100);
  expect(running).not.toBe(pending);
  expect(running.xml).toContain('<name>running</name>');
  expectFresh(cache, subject, NOW + 100);
});

test('a new lifecycle, tag list or launch time is rendered again', () => {
  const cache = new InstanceXmlCache();
  const subject = instance('a');
  cache.render(subject, REGION, NOW);

  subject.lifecycle = stopLifecycle(subject, { now: NOW, delays }, false);
  expectFresh(cache, subject, NOW);
  expect(cache.render(subject, REGION, NOW).xml).toContain('<name>stopping</name>');

  subject.tags = [...subject.tags, { key: 'team', value: '<&>"\'' }];
  expectFresh(cache, subject, NOW);

  subject.launchTime = NOW;
  expectFresh(cache, subject, NOW);
  expect(cache.render(subject, REGION, NOW).xml).toContain(
    `<launchTime>${new Date(NOW).toISOString()}</launchTime>`,
  );
});

test('the cache keeps at most its capacity, forgetting the oldest first', () => {
  const cache = new InstanceXmlCache(2);
  const [a, b, c] = [instance('a'), instance('b'), instance('c')];
  const first = cache.render(a, REGION, NOW);
  const second = cache.render(b, REGION, NOW);
  cache.render(c, REGION, NOW);

  expect(cache.size).toBe(2);
  expect(cache.render(b, REGION, NOW)).toBe(second);
  expect(cache.render(a, REGION, NOW)).not.toBe(first);
  expect(cache.render(a, REGION, NOW).xml).toBe(first.xml);
});

test('each region fleet has its own cache, so a replaced fleet starts empty', () => {
  const fleet = new RegionFleet();
  const replacement = new RegionFleet();

  expect(instanceXmlCache(fleet)).toBe(instanceXmlCache(fleet));
  expect(instanceXmlCache(replacement)).not.toBe(instanceXmlCache(fleet));
});
