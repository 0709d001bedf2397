import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { env } from '../config/fields.ts';
import { ConfigError } from '../config/loadConfig.ts';
import { createOrm } from '../db/createOrm.ts';
import { createDomainEventPublisher } from '../domainEvents/domainEventPublisher.ts';
import { createFileUrls } from '../files/fileUrls.ts';
import { startDomainEventConsumers } from '../domainEvents/domainEventConsumers.ts';
import { openProducerQueues } from '../domainEvents/producerQueues.ts';
import { createJobQueue } from '../queue/jobQueue.ts';
import { createSubgraphServer, type SubgraphServer } from './createSubgraphServer.ts';
import type { RequestContext, SubgraphApi, SubgraphDefinition, SubgraphRuntime } from './defineSubgraph.ts';
import { createServiceRuntime } from './serviceRuntime.ts';
import { envPrefix } from './envPrefix.ts';

export interface RunningSubgraph<Context extends RequestContext = RequestContext> extends SubgraphServer {
  name: string;
  runtime: SubgraphRuntime;
  api: SubgraphApi<Context>;
}

export interface StartOptions {
  env?: Record<string, string | undefined>;
  /** Overrides `<NAME>_PORT`; 0 picks a free port (tests). */
  port?: number;
}

/**
 * Starts a subgraph from its definition: configuration, database (its own schema), job queue, the
 * subgraph's services and workers, then the server. Everything opened is registered for shutdown in
 * the reverse order, so `stop()` (or a signal) drains requests before closing pools.
 */
export async function startSubgraph<Shape extends z.ZodRawShape, Context extends RequestContext>(
  definition: SubgraphDefinition<Shape, Context>,
  options: StartOptions = {},
): Promise<RunningSubgraph<Context>> {
  const prefix = envPrefix(definition.name);
  const shape = {
    ...definition.config,
    [`${prefix}_PORT`]: env.port(definition.defaultPort),
    /** A subgraph may live in its own database; by default it shares DATABASE_URL (in its own schema). */
    [`${prefix}_DATABASE_URL`]: env.postgresUrl().optional(),
  } as Shape;
  const base = createServiceRuntime(definition.name, shape, options.env);
  const config = base.config as typeof base.config & Record<string, unknown>;
  const url = (config[`${prefix}_DATABASE_URL`] as string | undefined) ?? config.DATABASE_URL;
  if (!url) throw new ConfigError([`DATABASE_URL: required (or ${prefix}_DATABASE_URL); npm start sets it for you`]);

  const orm = await createOrm({
    schema: definition.name,
    url,
    entities: definition.entities,
    migrations: definition.migrations,
    poolMax: config.DATABASE_POOL_MAX,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    logger: base.logger,
  });
  base.shutdown.add('database', () => orm.close());
  const queue = createJobQueue({ url, logger: base.logger, superviseIntervalSeconds: Math.max(1, Math.ceil(config.QUEUE_SUPERVISE_INTERVAL_MS / 1000)) });
  await queue.start();
  base.shutdown.add('job queue', () => queue.stop());

  const runtime = {
    ...base,
    orm,
    queue,
    events: createDomainEventPublisher(definition.name, queue),
    files: createFileUrls({ subgraph: definition.name, publicUrl: config.PUBLIC_URL, signingSecret: base.secrets.subgraphSigningSecret }),
  } as SubgraphRuntime<typeof base.config>;
  try {
    const api = await definition.setup(runtime as never);
    const consumes = definition.consumes ?? [];
    if (consumes.length) {
      const producers = await openProducerQueues({ types: consumes, ownUrl: url, ownQueue: queue, env: options.env ?? process.env, logger: base.logger });
      base.shutdown.add('producer queues', () => producers.close());
      await startDomainEventConsumers({
        consumer: definition.name, types: consumes, handlers: api.domainEventHandlers ?? {}, orm, queueFor: producers.queueFor, logger: base.logger,
        ...(api.domainEventConcurrency ? { concurrency: api.domainEventConcurrency } : {}),
      });
    }
    const server = await createSubgraphServer({
      runtime,
      typeDefs: readFileSync(definition.schemaFile, 'utf8'),
      api,
      port: options.port ?? (config[`${prefix}_PORT`] as number),
      host: config.HOST,
    });
    runtime.logger.info({ url: server.url }, `${definition.name} subgraph listening`);
    return { ...server, name: definition.name, runtime, api, stop: () => runtime.shutdown.run('stop') };
  } catch (error) {
    await runtime.shutdown.run('start-up failed');
    throw error;
  }
}
