import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import './provided.ts';
import { postgresForTests, withAdmin } from './postgresForTests.ts';
import { redisForTests } from './redisForTests.ts';
import { prepareTemplateDatabase } from './templateDatabase.ts';

/**
 * Runs once before all test files: finds PostgreSQL (or starts an embedded one) and Redis, builds the
 * migrated template database, and shares their addresses with the files. Teardown drops any database of
 * this run a crashed file left behind.
 */
export default async function setup(project: TestProject) {
  const postgres = await postgresForTests();
  const redisUrl = await redisForTests();
  const templateDatabase = await prepareTemplateDatabase(postgres.adminUrl);
  const testRunId = `ag_test_${randomBytes(3).toString('hex')}`;
  project.provide('postgresAdminUrl', postgres.adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('redisUrl', redisUrl);
  project.provide('testRunId', testRunId);

  return async () => {
    await withAdmin(postgres.adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${testRunId}%`]);
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    });
    await postgres.stop?.();
  };
}
