import { Redis } from 'ioredis';
import type { Logger } from '../logging/logger.ts';

/** Reconnect delay after a dropped connection: 200 ms more per attempt, at most 2 s; never gives up. */
const RECONNECT_STEP_MS = 200;
const RECONNECT_MAX_MS = 2_000;
/** Reconnects a command waits through before it fails (command connections only). */
const COMMAND_MAX_RETRIES = 2;

export interface RedisOptions {
  /**
   * A pub/sub subscriber connection. Its SUBSCRIBE waits through an outage instead of failing: a
   * subscription is meant to outlive one, and ioredis re-sends every channel it holds when it reconnects.
   * Defaults to false (a command connection).
   */
  subscriber?: boolean;
}

/**
 * One way to open a Redis connection. Commands fail after a few reconnect attempts instead of queueing
 * forever, so a Redis outage becomes an error a caller can handle (fall back, answer 503) rather than a hang.
 * A subscriber connection instead holds its subscriptions across outages (see RedisOptions.subscriber).
 */
export function createRedis(url: string, logger: Logger, name: string, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: options.subscriber ? null : COMMAND_MAX_RETRIES,
    // The ioredis default, stated because subscriptions surviving a Redis restart depend on it.
    autoResubscribe: true,
    enableAutoPipelining: true,
    retryStrategy: (attempt) => Math.min(attempt * RECONNECT_STEP_MS, RECONNECT_MAX_MS),
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
