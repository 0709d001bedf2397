import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createMemoryStore, createRedisStore, type KeyValueStore } from '../src/index.ts';
import { deleteRedisPrefix } from '../src/testing/index.ts';
import '../src/testing/provided.ts';

const prefix = `test:kv:${randomBytes(4).toString('hex')}:`;
const redis = new Redis(inject('redisUrl'));
afterAll(async () => {
  await deleteRedisPrefix(inject('redisUrl'), prefix);
  redis.disconnect();
});

const stores: [string, () => KeyValueStore][] = [
  ['redis', () => createRedisStore(redis, prefix)],
  ['memory', () => createMemoryStore(prefix)],
];

describe.each(stores)('%s key-value store', (_kind, make) => {
  const kv = make();
  const key = (name: string) => `${name}:${randomBytes(3).toString('hex')}`;

  it('stores values with an expiry and forgets them after it', async () => {
    const k = key('ttl');
    await kv.set(k, 'v', 80);
    expect(await kv.get(k)).toBe('v');
    expect(await kv.ttlMs(k)).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 150));
    expect(await kv.get(k)).toBeNull();
    expect(await kv.ttlMs(k)).toBeNull();
  });

  it('counts within a fixed window that later hits do not extend', async () => {
    const k = key('count');
    expect(await kv.increment(k, 200)).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(await kv.increment(k, 200)).toBe(2);
    const left = await kv.ttlMs(k);
    expect(left).not.toBeNull();
    expect(left!).toBeLessThanOrEqual(120);
    await new Promise((r) => setTimeout(r, 150));
    expect(await kv.increment(k, 200)).toBe(1);
  });

  it('sets only when absent, so exactly one of many concurrent callers wins', async () => {
    const k = key('once');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => kv.setIfAbsent(k, String(i), 1_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('keeps counts exact under concurrent increments', async () => {
    const k = key('race');
    const counts = await Promise.all(Array.from({ length: 50 }, () => kv.increment(k, 5_000)));
    expect(new Set(counts).size).toBe(50);
    expect(Math.max(...counts)).toBe(50);
  });
});
