import { Redis } from 'ioredis';

const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/** The Redis tests use: REDIS_URL when set, else the local server. Fails with a clear message if none answers. */
export async function redisForTests(): Promise<string> {
  const url = process.env.REDIS_URL || LOCAL_REDIS;
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2_000 });
  try {
    await redis.connect();
    await redis.ping();
    return url;
  } catch (error) {
    throw new Error(
      `Tests need Redis at ${url} (set REDIS_URL, or start one: redis-server --daemonize yes --save "" --appendonly no). ${String(error)}`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Deletes every key under a prefix (a test file's namespace). */
export async function deleteRedisPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
