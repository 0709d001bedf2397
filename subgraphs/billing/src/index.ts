import { defineSubgraph } from '@attendgate/platform';
import { billingConfigShape, type BillingConfig } from './config.ts';
import { createContext, type BillingContext } from './context.ts';
import { entities } from './entities/index.ts';
import { billingJobs } from './jobs/billingJobs.ts';
import { permissions } from './permissions.ts';
import { resolvers } from './resolvers/index.ts';
import { eventOwnerHandlers } from './services/eventOwners.ts';
import { createBillingServices } from './services/index.ts';

/**
 * The billing subgraph: customers' mobile lines at the carrier (KOS-Order), their bills (cached, with a stale
 * fallback and an inquiry history) and plan changes (pre-check, idempotent requests, reconciliation of
 * timeouts), and shop owners' payments for paid event features at the payment gateway (refunds, settlement
 * reports). Default port 4006.
 */
export default defineSubgraph({
  name: 'billing',
  defaultPort: 4006,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  entities,
  migrations: new URL('../migrations', import.meta.url),
  config: billingConfigShape,
  consumes: ['EventCreated', 'EventPublished', 'EventEnded'],
  async setup(runtime) {
    const services = await createBillingServices(runtime as typeof runtime & { config: BillingConfig });
    for (const job of billingJobs({ orm: runtime.orm, services, config: runtime.config })) await runtime.queue.define(job);
    return {
      resolvers,
      permissions,
      context: (base): BillingContext => createContext(base, services),
      seedDemo: () => services.seedDemo(runtime.orm.em.fork()),
      domainEventHandlers: eventOwnerHandlers,
    };
  },
});
