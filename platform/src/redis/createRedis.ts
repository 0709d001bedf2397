import { Redis } from 'ioredis';
import type { Logger } from '../logging/logger.ts';

/**
 * One way to open a Redis connection. Commands fail after a few reconnect attempts instead of queueing
 * forever, so a Redis outage becomes an error a caller can handle (fall back, answer 503) rather than a hang.
 */
export function createRedis(url: string, logger: Logger, name: string): Redis {
  const redis = new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: 2,
    enableAutoPipelining: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let reported = false;
  redis.on('error', (error) => {
    // ioredis emits an error on every failed reconnect; one line per outage is enough.
    if (!reported) logger.warn({ err: error, connection: name }, 'redis connection error');
    reported = true;
  });
  redis.on('ready', () => {
    if (reported) logger.info({ connection: name }, 'redis connection restored');
    reported = false;
  });
  return redis;
}
