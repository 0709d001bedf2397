import { randomBytes } from 'node:crypto';
import pg from 'pg';
import path from 'node:path';
import { ensureDatabase, REPO_ROOT, startEmbeddedPostgres, type Logger } from '@attendgate/platform';

/** Name of the database the zero-setup mode creates inside the embedded server. */
export const EMBEDDED_DATABASE = 'attendgate';

export interface OpenDatabase {
  /** DATABASE_URL to hand to services. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The database for the launcher and the scripts: DATABASE_URL when configured (created if missing),
 * otherwise an embedded PostgreSQL with its data in <DATA_DIR>/postgres, kept across runs.
 */
export async function openDatabase(logger: Logger, env: Record<string, string | undefined> = process.env): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    await ensureDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = env.DATA_DIR ?? '.data';
  const embedded = await startEmbeddedPostgres({
    directory: path.resolve(REPO_ROOT, dataDir, 'postgres'),
    port: Number(env.EMBEDDED_POSTGRES_PORT ?? 0) || undefined,
    logger,
  });
  const url = new URL(embedded.url);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  await ensureDatabase(url.toString());
  logger.info({ port: Number(url.port) }, 'embedded PostgreSQL started (DATABASE_URL is not set)');
  return { url: url.toString(), embedded: true, stop: embedded.stop };
}

/**
 * A throwaway database on the same server, dropped by `drop()`. Migration generation diffs against one, so
 * that tables of other subgraphs or strangers in a shared database never leak into a subgraph's migration.
 */
export async function scratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ag_scratch_${randomBytes(4).toString('hex')}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}
