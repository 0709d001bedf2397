import { createOrm } from './createOrm.ts';
import { migrate } from './migrate.ts';
import { createJobQueue } from '../queue/jobQueue.ts';
import type { Logger } from '../logging/logger.ts';
import type { SubgraphDefinition } from '../server/defineSubgraph.ts';
import { databaseUrlFor } from '../server/envPrefix.ts';
import { subscribeDomainEventConsumer } from '../domainEvents/domainEventConsumers.ts';
import { openProducerQueues } from '../domainEvents/producerQueues.ts';

/**
 * Brings one subgraph's database up to date: its schema's migrations, pg-boss's own tables (so the first
 * request never waits for the queue to install itself), and its subscriptions to the domain events it
 * consumes (so events published before it first starts wait in its queues). Used by `npm run migrate`, the
 * launcher and tests.
 */
export async function migrateSubgraph(
  definition: Pick<SubgraphDefinition, 'name' | 'entities' | 'migrations' | 'consumes'>,
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
    try {
      const consumes = definition.consumes ?? [];
      if (consumes.length) {
        const producers = await openProducerQueues({ types: consumes, ownUrl: url, ownQueue: queue, env, logger });
        try {
          await subscribeDomainEventConsumer(producers.queueFor, definition.name, consumes);
        } finally {
          await producers.close();
        }
      }
    } finally {
      await queue.stop();
    }
    return applied;
  } finally {
    await orm.close();
  }
}
