import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { createAccessTokenVerifier, type AccessTokenVerifier } from '../auth/accessTokens.ts';
import { baseConfigShape, type BaseConfig } from '../config/baseConfig.ts';
import { loadConfig } from '../config/loadConfig.ts';
import { resolveSecrets, type Secrets } from '../config/secrets.ts';
import { createBlindIndex, type BlindIndex } from '../crypto/blindIndex.ts';
import { createFieldCipher, type FieldCipher } from '../crypto/fieldEncryption.ts';
import type { KeyValueStore } from '../kv/keyValueStore.ts';
import { createMemoryStore } from '../kv/memoryStore.ts';
import { createRedisStore } from '../kv/redisStore.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { createEventBus, type EventBus } from '../pubsub/eventBus.ts';
import { createRedis } from '../redis/createRedis.ts';
import type { ReadinessCheck } from './health.ts';
import { createShutdown, type Shutdown } from './shutdown.ts';

/** Everything a service process shares across its requests: configuration, secrets and connections. */
export interface ServiceRuntime<Config extends BaseConfig = BaseConfig> {
  service: string;
  config: Config;
  secrets: Secrets;
  logger: Logger;
  kv: KeyValueStore;
  bus: EventBus;
  cipher: FieldCipher;
  blindIndex: BlindIndex;
  verifyAccessToken: AccessTokenVerifier;
  shutdown: Shutdown;
  /** Dependency probes for /readyz; services add their own. */
  readiness: Record<string, ReadinessCheck>;
  /** The command connection when Redis is configured (for callers that need more than the KV surface). */
  redis: Redis | undefined;
}

/**
 * Builds the runtime of one service from the environment: validated configuration, secrets, logger,
 * key-value store, event bus, token verifier, and a shutdown sequence that closes what it opened.
 */
export function createServiceRuntime<Shape extends z.ZodRawShape>(
  service: string,
  extraShape: Shape,
  env: Record<string, string | undefined> = process.env,
): ServiceRuntime<BaseConfig & z.infer<z.ZodObject<Shape>>> {
  const config = loadConfig({ ...baseConfigShape, ...extraShape }, env) as BaseConfig & z.infer<z.ZodObject<Shape>>;
  const secrets = resolveSecrets(config);
  const logger = createLogger({ service, level: config.LOG_LEVEL });
  const shutdown = createShutdown(logger, config.SHUTDOWN_TIMEOUT_MS);
  const readiness: Record<string, ReadinessCheck> = {};

  let kv: KeyValueStore;
  let bus: EventBus;
  let redis: Redis | undefined;
  if (config.REDIS_URL) {
    redis = createRedis(config.REDIS_URL, logger, `${service}:commands`);
    const publisher = createRedis(config.REDIS_URL, logger, `${service}:publish`);
    const subscriber = createRedis(config.REDIS_URL, logger, `${service}:subscribe`, { subscriber: true });
    kv = createRedisStore(redis, config.REDIS_KEY_PREFIX);
    bus = createEventBus({ prefix: config.REDIS_KEY_PREFIX, publisher, subscriber });
    const commands = redis;
    readiness.redis = () => commands.ping();
    shutdown.add('redis', async () => {
      await bus.close();
      await commands.quit();
    });
  } else {
    kv = createMemoryStore(config.REDIS_KEY_PREFIX);
    bus = createEventBus({ prefix: config.REDIS_KEY_PREFIX });
  }

  return {
    service,
    config,
    secrets,
    logger,
    kv,
    bus,
    redis,
    cipher: createFieldCipher(secrets.fieldEncryptionKeys, secrets.activeKeyId),
    blindIndex: createBlindIndex(secrets.blindIndexKey),
    verifyAccessToken: createAccessTokenVerifier(secrets.jwtPublicKey, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }),
    shutdown,
    readiness,
  };
}
