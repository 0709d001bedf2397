import { createOrm } from './createOrm.ts';
import { migrate } from './migrate.ts';
import { createJobQueue } from '../queue/jobQueue.ts';
import type { Logger } from '../logging/logger.ts';
import type { SubgraphDefinition } from '../server/defineSubgraph.ts';
import { databaseUrlFor } from '../server/envPrefix.ts';

/**
 * Brings one subgraph's database up to date: its schema's migrations, and pg-boss's own tables (so the first
 * request never waits for the queue to install itself). Used by `npm run migrate`, the launcher and tests.
 */
export async function migrateSubgraph(
  definition: Pick<SubgraphDefinition, 'name' | 'entities' | 'migrations'>,
  env: Record<string, string | undefined>,
  logger: Logger,
): Promise<string[]> {
  const url = databaseUrlFor(definition.name, env);
  if (!url) throw new Error(`DATABASE_URL is not set (needed to migrate ${definition.name})`);
  const orm = await createOrm({ schema: definition.name, url, entities: definition.entities, migrations: definition.migrations, poolMax: 2, logger });
  try {
    const applied = await migrate(orm, definition.name, url);
    const queue = createJobQueue({ url, logger, poolMax: 2 });
    await queue.start();
    await queue.stop();
    return applied;
  } finally {
    await orm.close();
  }
}
