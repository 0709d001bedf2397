import path from 'node:path';
import { ensureDatabase, REPO_ROOT, startEmbeddedPostgres, type Logger } from '@attendgate/platform';

/** Name of the database the zero-setup mode creates inside the embedded server. */
export const EMBEDDED_DATABASE = 'attendgate';

/**
 * Runs `work` with an environment whose DATABASE_URL points at a live database: the configured one, or the
 * embedded PostgreSQL in .data/postgres (started for the duration and stopped afterwards, unless `keep`).
 */
export async function withDatabase<T>(
  logger: Logger,
  work: (env: Record<string, string | undefined>) => Promise<T>,
  options: { keep?: boolean } = {},
): Promise<T> {
  if (process.env.DATABASE_URL) {
    await ensureDatabase(process.env.DATABASE_URL);
    return work(process.env);
  }
  const embedded = await startEmbeddedPostgres({
    directory: path.join(REPO_ROOT, process.env.DATA_DIR ?? '.data', 'postgres'),
    port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 0) || undefined,
    logger,
  });
  const url = new URL(embedded.url);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  await ensureDatabase(url.toString());
  logger.info({ port: url.port }, 'embedded PostgreSQL started');
  try {
    return await work({ ...process.env, DATABASE_URL: url.toString() });
  } finally {
    if (!options.keep) await embedded.stop();
  }
}
