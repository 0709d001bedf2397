import { defineSubgraph, type DomainEvent } from '@attendgate/platform';
import { integrationsConfigShape, type IntegrationsConfig } from './config.ts';
import { createContext, type IntegrationsContext } from './context.ts';
import type { PushEventType } from './domain/pushEvents.ts';
import { entities } from './entities/index.ts';
import { integrationJobs } from './jobs/integrationJobs.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { permissions } from './permissions.ts';
import { resolvers } from './resolvers/index.ts';
import { createIntegrationsServices } from './services/index.ts';

/**
 * The integrations subgraph (seed 001: integration gateway, adapters, transformer, scheduler): owners'
 * connections to CRM, ERP, LMS and marketing systems; declarative mapping rules; push sync of domain events
 * with retries, breaker and a replayable dead-letter queue; scheduled pull sync with cursors and run history;
 * the live `syncJobUpdated` stream. Default port 4007.
 */
export default defineSubgraph({
  name: 'integrations',
  defaultPort: 4007,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  entities,
  migrations: new URL('../migrations', import.meta.url),
  config: integrationsConfigShape,
  consumes: ['ParticipantRegistered', 'EventPublished', 'WinnerSelected', 'PaymentCompleted', 'CheckedIn'],
  async setup(runtime) {
    const services = createIntegrationsServices(runtime as typeof runtime & { config: IntegrationsConfig });
    for (const job of integrationJobs(services)) await runtime.queue.define(job);
    const scheduler = startScheduler(services.pullSync, runtime.config.INTEGRATIONS_SCHEDULER_INTERVAL_MS, runtime.logger);
    runtime.shutdown.add('pull scheduler', () => scheduler.stop());
    const route = (event: DomainEvent<PushEventType>, em: Parameters<typeof services.pushSync.route>[1]) => services.pushSync.route(event, em);
    return {
      resolvers,
      permissions,
      context: (base): IntegrationsContext => createContext(base, services),
      seedDemo: () => services.seedDemo(),
      domainEventHandlers: { ParticipantRegistered: route, EventPublished: route, WinnerSelected: route, PaymentCompleted: route, CheckedIn: route },
    };
  },
});
