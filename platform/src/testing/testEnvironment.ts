import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import './provided.ts';
import { generateSecrets } from '../config/secrets.ts';
import { databaseUrl, withAdmin } from './postgresForTests.ts';
import { deleteRedisPrefix } from './redisForTests.ts';

export interface TestEnvironment {
  /** Environment variables for services under test: own database, own Redis namespace, fresh secrets. */
  env: Record<string, string>;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** Drops the database and deletes the Redis keys. */
  dispose(): Promise<void>;
}

/**
 * Isolated data for one test file: a copy of the migrated template database and a Redis key prefix of its
 * own, so test files run in parallel without seeing each other's rows, keys or pub/sub messages.
 */
export async function createTestEnvironment(overrides: Record<string, string> = {}): Promise<TestEnvironment> {
  const adminUrl = inject('postgresAdminUrl');
  const template = inject('templateDatabase');
  const redisUrl = inject('redisUrl');
  const suffix = randomBytes(5).toString('hex');
  const database = `${inject('testRunId')}_${suffix}`;
  await withAdmin(adminUrl, (client) => client.query(`create database "${database}" template "${template}"`));
  const url = databaseUrl(adminUrl, database);
  const redisPrefix = `test:${suffix}:`;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: url,
    DATABASE_POOL_MAX: '4',
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    ...generateSecrets(),
    ...overrides,
  };
  return {
    env,
    databaseUrl: url,
    redisUrl,
    redisPrefix,
    async dispose() {
      await withAdmin(adminUrl, (client) => client.query(`drop database if exists "${database}" with (force)`));
      await deleteRedisPrefix(redisUrl, redisPrefix);
    },
  };
}
