import { defineSubgraph } from '@attendgate/platform';
import { eventsConfigShape, type EventsConfig } from './config.ts';
import { createContext, type EventsContext } from './context.ts';
import { entities } from './entities/index.ts';
import { permissions } from './permissions.ts';
import { createResolvers } from './resolvers/index.ts';
import { mountImageFiles } from './services/imageFiles.ts';
import { createEventsServices } from './services/index.ts';

/**
 * The events subgraph: a shop owner's events from the first draft (purpose and store) through AI-suggested
 * plans, generated SNS posters and approval, to distribution to six media channels in parallel. The slow
 * parts are durable jobs (pg-boss) that clients follow live with `jobUpdated`. Default port 4002.
 */
export default defineSubgraph({
  name: 'events',
  defaultPort: 4002,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  entities,
  migrations: new URL('../migrations', import.meta.url),
  config: eventsConfigShape,
  async setup(runtime) {
    const typed = runtime as typeof runtime & { config: EventsConfig };
    const services = createEventsServices(typed);
    for (const worker of services.workers) await runtime.queue.define(worker);

    // Keeps what clients see true when a worker dies mid-run (the queue itself does the retrying).
    const sweeping = setInterval(() => {
      services.sweepJobs().catch((error: unknown) => runtime.logger.warn({ err: error }, 'job sweep failed'));
    }, typed.config.EVENTS_JOB_SWEEP_INTERVAL_MS);
    sweeping.unref();
    runtime.shutdown.add('job sweeper', async () => clearInterval(sweeping));

    return {
      resolvers: createResolvers(runtime.bus),
      permissions,
      context: (base): EventsContext => createContext(base, services),
      seedDemo: () => services.seedDemo(runtime.orm.em.fork()),
      httpRoutes: (router) => mountImageFiles(router, { orm: runtime.orm, requireSignedUrl: runtime.files.requireSignedUrl }),
    };
  },
});
