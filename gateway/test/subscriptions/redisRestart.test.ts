import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivateRedisServer, type PrivateRedisServer } from '@attendgate/platform/testing';
import type { TestStack } from '../../src/testing/index.ts';
import { collect, gatewayClient, metric, publishReading, startFederationStack, until } from './support.ts';

let redis: PrivateRedisServer;
let stack: TestStack;
beforeAll(async () => {
  // Restarting the shared Redis would break every other test file running beside this one.
  redis = await startPrivateRedisServer();
  stack = await startFederationStack({ REDIS_URL: redis.url });
});
afterAll(async () => {
  await stack?.stop();
  await redis?.kill();
});

/** Redis connections retry every 200 ms growing to 2 s; the first retries after a restart land within this. */
const RESUME_DEADLINE_MS = 10_000;

describe('Redis restarted mid-stream', () => {
  it('subscriptions resume: events published once Redis is back reach the client on the same subscription', async () => {
    const closes: number[] = [];
    const client = gatewayClient(stack, undefined, { on: { closed: (event) => void closes.push((event as { code: number }).code) } });
    const stream = collect(client, { query: 'subscription { readingAdded(sensorId: "redis") { value sensor { name } } }' });
    await until(async () => (await metric(stack, 'ag_gateway_upstream_subscriptions_active')) === 1);
    await until(async () => {
      await publishReading(stack, 'redis', 1);
      await new Promise((r) => setTimeout(r, 50));
      return stream.events.length > 0;
    });

    await redis.kill();
    await redis.start(); // empty: the subgraph's bus subscription is gone until its connection resubscribes

    // Pub/sub is at-most-once: publish until one arrives (what is published before the resubscribe is lost).
    let value = 100;
    await until(async () => {
      await publishReading(stack, 'redis', ++value).catch(() => {}); // the publisher may still be reconnecting
      await new Promise((r) => setTimeout(r, 100));
      return stream.events.length > 1;
    }, RESUME_DEADLINE_MS);
    await publishReading(stack, 'redis', 999);
    await until(() => stream.events.some((event) => event.data?.readingAdded.value === 999));

    expect(stream.events.at(-1)).toEqual({ data: { readingAdded: { value: 999, sensor: { name: 'Sensor redis' } } } });
    expect(stream.events.every((event) => event.errors === undefined)).toBe(true);
    expect(stream.completed).toBe(false);
    expect(stream.failure).toBeUndefined();
    expect(closes).toEqual([]);
    stream.dispose();
    await client.dispose();
  });

  it('a subscription started while Redis is down waits for it, without crashing the subgraph, and delivers once Redis is back', async () => {
    // Node ends a process on an unhandled rejection: a subscribe that failed that way would kill the subgraph.
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    await redis.kill();
    const client = gatewayClient(stack);
    const stream = collect(client, { query: 'subscription { readingAdded(sensorId: "redis-down") { value } }' });
    await until(async () => (await metric(stack, 'ag_gateway_upstream_subscriptions_active')) === 1);
    // Long enough for the subgraph's subscribe command to Redis to give up its retries.
    await new Promise((r) => setTimeout(r, 1_500));
    await redis.start();

    let value = 0;
    await until(async () => {
      await publishReading(stack, 'redis-down', ++value).catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
      return stream.events.length > 0 || stream.completed || stream.failure !== undefined;
    }, RESUME_DEADLINE_MS);
    process.off('unhandledRejection', record);
    expect(unhandled).toEqual([]);
    expect(stream.failure).toBeUndefined();
    expect(stream.events[0]?.data?.readingAdded.value).toBeGreaterThan(0);
    expect(stream.completed).toBe(false);
    stream.dispose();
    await client.dispose();
  });
});
