import type { UsersStack } from './stack.ts';

/** Every key (without the stack's prefix) and value under a pattern in the stack's Redis namespace. */
export async function redisEntries(stack: UsersStack, pattern: string): Promise<Record<string, string | null>> {
  const redis = stack.subgraph.runtime.redis!;
  const prefix = stack.env.REDIS_KEY_PREFIX!;
  const keys = await redis.keys(`${prefix}${pattern}`);
  const values = keys.length ? await redis.mget(...keys) : [];
  return Object.fromEntries(keys.map((key, i) => [key.slice(prefix.length), values[i] ?? null]));
}
