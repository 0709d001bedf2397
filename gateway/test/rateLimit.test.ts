import { randomBytes } from 'node:crypto';
import { createMemoryStore, type KeyValueStore } from '@attendgate/platform';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/rateLimit.ts';

const freshStore = () => createMemoryStore(`rate-test:${randomBytes(4).toString('hex')}:`);

describe('rate limiter', () => {
  it('allows the limit per window, then refuses with the seconds left in the window', async () => {
    const limiter = createRateLimiter({ kv: freshStore(), limitPerWindow: 3, windowMs: 30_000 });
    for (let i = 0; i < 3; i++) expect(await limiter.consume('user:a')).toEqual({ allowed: true });
    const refused = await limiter.consume('user:a');
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it('counts each client separately', async () => {
    const limiter = createRateLimiter({ kv: freshStore(), limitPerWindow: 1 });
    expect(await limiter.consume('user:a')).toEqual({ allowed: true });
    expect((await limiter.consume('user:a')).allowed).toBe(false);
    expect(await limiter.consume('user:b')).toEqual({ allowed: true });
    expect(await limiter.consume('ip:127.0.0.1')).toEqual({ allowed: true });
  });

  it('starts a new window once the old one has expired', async () => {
    const limiter = createRateLimiter({ kv: freshStore(), limitPerWindow: 1, windowMs: 50 });
    expect((await limiter.consume('user:a')).allowed).toBe(true);
    expect((await limiter.consume('user:a')).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await limiter.consume('user:a')).allowed).toBe(true);
  });

  it('is off when the limit is 0', async () => {
    const limiter = createRateLimiter({ kv: freshStore(), limitPerWindow: 0 });
    for (let i = 0; i < 20; i++) expect((await limiter.consume('user:a')).allowed).toBe(true);
  });

  it('lets operations through, and reports, when the store is unreachable', async () => {
    const broken = { ...freshStore(), increment: async () => { throw new Error('redis down'); } } as KeyValueStore;
    const reported: unknown[] = [];
    const limiter = createRateLimiter({ kv: broken, limitPerWindow: 1, onStoreError: (error) => reported.push(error) });
    expect((await limiter.consume('user:a')).allowed).toBe(true);
    expect(reported).toHaveLength(1);
  });
});
