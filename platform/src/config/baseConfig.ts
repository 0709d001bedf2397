import { z } from 'zod';
import { env } from './fields.ts';

/**
 * Variables every service reads. Each subgraph adds its own (prefixed with its name) on top.
 *
 * Secrets have no defaults here: outside production `resolveSecrets` fills them from .data/dev-secrets.json,
 * in production a missing secret stops the service at start-up.
 */
export const baseConfigShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  /** Unset: the launcher starts an embedded PostgreSQL and sets this for every service it runs. */
  DATABASE_URL: env.postgresUrl().optional(),
  /** Unset: caches, counters and pub/sub live in process memory, so every service must share one process. */
  REDIS_URL: env.redisUrl().optional(),
  /** Prepended to every Redis key and channel, so that several deployments (or test files) share one Redis. */
  REDIS_KEY_PREFIX: z.string().default('ag:'),
  DATABASE_POOL_MAX: env.count(10),
  /**
   * Statements with bind parameters are prepared once per connection (platform/src/db/preparedStatements.ts).
   * Turn off behind a connection pooler in transaction mode that does not track prepared statements.
   */
  DATABASE_PREPARED_STATEMENTS: env.flag(true),
  /** Ed25519 private key (PKCS#8 PEM) that signs access tokens; only the users subgraph needs it. */
  JWT_PRIVATE_KEY: z.string().optional(),
  /** Ed25519 public key (SPKI PEM) that the gateway and every subgraph verify access tokens with. */
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_ISSUER: z.string().default('attendgate'),
  JWT_AUDIENCE: z.string().default('attendgate-api'),
  /**
   * Access tokens live 15 minutes: the users subgraph issues them for this long, and the gateway keeps a
   * revoked session listed for as long, so one variable configures both.
   */
  JWT_ACCESS_TTL_MS: env.ms(15 * 60_000),
  /** Shared secret for the HMAC the gateway puts on every subgraph request (at least 32 bytes). */
  SUBGRAPH_SIGNING_SECRET: z.string().min(32).optional(),
  /** How old a signed request may be before a subgraph refuses it as stale or replayed. */
  SUBGRAPH_SIGNATURE_MAX_AGE_MS: env.ms(60_000),
  /** Field-encryption keys `id:base64key,...` (32-byte AES-256 keys); the first one encrypts new data. */
  FIELD_ENCRYPTION_KEYS: z.string().optional(),
  /** Key for keyed-HMAC lookup indexes over encrypted fields (base64, at least 32 bytes). */
  BLIND_INDEX_KEY: z.string().optional(),
  /** Largest request body a subgraph accepts; the gateway's own client limit is lower. */
  SUBGRAPH_MAX_BODY_BYTES: env.bytes(5 * 1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: env.ms(10_000),
  /**
   * How often the job queue looks for jobs whose worker died mid-run (past their expiry) to retry them:
   * pg-boss's own default of 60 s. Rounded up to whole seconds.
   */
  QUEUE_SUPERVISE_INTERVAL_MS: env.ms(60_000),
  /**
   * The gateway's public origin, for absolute links to files the gateway serves (`<PUBLIC_URL>/files/...`):
   * generated images, CSV downloads. Behind a proxy or CDN, its external address.
   */
  PUBLIC_URL: env.url().default('http://127.0.0.1:4000'),
  /** Where the zero-setup mode keeps its embedded database and generated development secrets. */
  DATA_DIR: z.string().default('.data'),
};

export type BaseConfig = z.infer<z.ZodObject<typeof baseConfigShape>>;
