import pg from 'pg';
import path from 'node:path';
import { REPO_ROOT } from '../config/paths.ts';
import { startEmbeddedPostgres } from '../db/embeddedPostgres.ts';
import { createLogger } from '../logging/logger.ts';

/** The server tests use on machines like ours: local PostgreSQL with trust authentication. */
const LOCAL_SERVER = 'postgresql://root@127.0.0.1:5432/postgres';

/**
 * Finds a PostgreSQL for the tests: the server in DATABASE_URL when set, else the local one, else an
 * embedded PostgreSQL started for this run (in .data/test-postgres), so `npm test` works anywhere.
 */
export async function postgresForTests(): Promise<{ adminUrl: string; stop?: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    return { adminUrl: url.toString() };
  }
  if (await answers(LOCAL_SERVER)) return { adminUrl: LOCAL_SERVER };
  const embedded = await startEmbeddedPostgres({
    directory: path.join(REPO_ROOT, '.data', 'test-postgres'),
    logger: createLogger({ service: 'test-postgres', level: 'warn' }),
  });
  return { adminUrl: embedded.url, stop: embedded.stop };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs statements on the maintenance database. */
export async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
