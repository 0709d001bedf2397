import { defineSubgraph } from '@attendgate/platform';
import { gatesConfigShape, type GatesConfig } from './config.ts';
import { createContext, type GatesContext } from './context.ts';
import { entities } from './entities/index.ts';
import { sendAlertJob } from './jobs/sendAlert.ts';
import { permissions } from './permissions.ts';
import { resolvers } from './resolvers/index.ts';
import { createGatesServices } from './services/index.ts';

/**
 * The gates subgraph: venues and their gates, beacons and cameras; proximity check-in (geofence and BLE) with
 * exact occupancy; gate control over MQTT with acknowledgements, telemetry, heartbeat loss and emergencies;
 * operators' alerts; the live gate-state stream. Default port 4005.
 */
export default defineSubgraph({
  name: 'gates',
  defaultPort: 4005,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  entities,
  migrations: new URL('../migrations', import.meta.url),
  config: gatesConfigShape,
  consumes: ['ParticipantRegistered', 'EventPublished', 'EventEnded'],
  async setup(runtime) {
    const services = await createGatesServices(runtime as typeof runtime & { config: GatesConfig });
    // Registered before the database and queue closers run (shutdown runs in reverse): timers and MQTT go first.
    runtime.shutdown.add('gate controllers', () => services.close());
    await runtime.queue.define(sendAlertJob({
      orm: runtime.orm, messaging: services.messaging, cipher: runtime.cipher, logger: runtime.logger,
      retries: runtime.config.GATES_ALERT_JOB_RETRIES, retryDelayMs: runtime.config.GATES_ALERT_JOB_RETRY_DELAY_MS,
    }));
    const { credentials } = services;
    return {
      resolvers,
      permissions,
      context: (base): GatesContext => createContext(base, services),
      seedDemo: () => services.seedDemo(),
      domainEventHandlers: {
        ParticipantRegistered: (event, em) => credentials.onParticipantRegistered(event, em),
        EventPublished: (event, em) => credentials.onEventPublished(event, em),
        EventEnded: (event, em) => credentials.onEventEnded(event, em),
      },
    };
  },
});
