import { defineSubgraph } from '@attendgate/platform';
import { participationConfigShape, type ParticipationConfig } from './config.ts';
import { createContext, type ParticipationContext } from './context.ts';
import { entities } from './entities/index.ts';
import { notifyWinnerJob } from './jobs/notifyWinner.ts';
import { permissions } from './permissions.ts';
import { resolvers } from './resolvers/index.ts';
import { mountParticipantsCsvRoute } from './routes/participantsCsvRoute.ts';
import { createParticipationServices } from './services/index.ts';

/**
 * The participation subgraph: customers enter events (no account needed), owners see masked participant
 * lists and download them as CSV, and draw their winners once, auditably; winners get a text message.
 * Events are owned by the events subgraph: this one learns the facts it needs from EventPublished and
 * EventEnded, and adds fields to `Event`. Default port 4003.
 */
export default defineSubgraph({
  name: 'participation',
  defaultPort: 4003,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  entities,
  migrations: new URL('../migrations', import.meta.url),
  config: participationConfigShape,
  consumes: ['EventPublished', 'EventEnded'],
  async setup(runtime) {
    const services = createParticipationServices(runtime as typeof runtime & { config: ParticipationConfig });
    await runtime.queue.define(notifyWinnerJob({ services, config: runtime.config }));
    return {
      resolvers,
      permissions,
      context: (base): ParticipationContext => createContext(base, services),
      seedDemo: () => services.seedDemo(),
      httpRoutes: (router) => mountParticipantsCsvRoute(router, { files: runtime.files, services, logger: runtime.logger }),
      domainEventHandlers: {
        EventPublished: (event, em) => services.eventFacts.applyPublished(em, event),
        EventEnded: (event, em) => services.eventFacts.applyEnded(em, event),
      },
    };
  },
});
