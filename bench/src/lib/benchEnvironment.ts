import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateSecrets } from '@attendgate/platform';
import { scratchDatabase } from '@attendgate/scripts/database';

export interface BenchEnvironment {
  /** Variables for every service of the benchmark: production mode, scratch database, Redis prefix, secrets. */
  env: Record<string, string>;
  secrets: ReturnType<typeof generateSecrets>;
  databaseUrl: string;
  /** A temporary directory (supergraph files and the like), removed by `dispose`. */
  workDir: string;
  dispose(): Promise<void>;
}

/**
 * What every benchmark runs in: a scratch database on the machine's PostgreSQL (DATABASE_URL, else local),
 * the machine's Redis (REDIS_URL, else local) under a key prefix of its own, fresh secrets, and services in
 * production mode with warnings only, as they run for real.
 */
export async function createBenchEnvironment(): Promise<BenchEnvironment> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const secrets = generateSecrets();
  const scratch = await scratchDatabase(serverUrl);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attendgate-bench-'));
  return {
    env: {
      NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: scratch.url, REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `bench:${randomBytes(4).toString('hex')}:`, ...secrets,
    },
    secrets,
    databaseUrl: scratch.url,
    workDir,
    async dispose() {
      await scratch.drop();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}
