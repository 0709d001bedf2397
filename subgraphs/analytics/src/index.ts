import { defineSubgraph } from '@attendgate/platform';
import { analyticsConfigShape, type AnalyticsConfig } from './config.ts';
import { createContext, type AnalyticsContext } from './context.ts';
import { entities } from './entities/index.ts';
import { COLLECT_CHANNEL_STATS_JOB, collectChannelStatsJob, scheduleChannelStats } from './jobs/collectChannelStats.ts';
import { permissions } from './permissions.ts';
import { resolvers } from './resolvers/index.ts';
import { createAnalyticsServices } from './services/index.ts';

/**
 * The analytics subgraph: per-event aggregates kept from domain events (entries, distribution, draws,
 * check-ins), channel post statistics collected from the channels' reporting APIs, the owner's performance
 * dashboard served from Redis, a comparison of the owner's events, and a live metrics stream. Default port 4004.
 */
export default defineSubgraph({
  name: 'analytics',
  defaultPort: 4004,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  entities,
  migrations: new URL('../migrations', import.meta.url),
  config: analyticsConfigShape,
  consumes: ['EventCreated', 'EventPublished', 'DistributionCompleted', 'EventEnded', 'ParticipantRegistered', 'WinnerSelected', 'CheckedIn'],
  async setup(runtime) {
    const services = createAnalyticsServices(runtime as typeof runtime & { config: AnalyticsConfig });
    const { config, logger } = runtime;
    await runtime.queue.define(collectChannelStatsJob(services.channelStats, logger, config.ANALYTICS_CHANNEL_STATS_INTERVAL_MS));
    const stopSchedule = scheduleChannelStats({
      kv: runtime.kv, logger, intervalMs: config.ANALYTICS_CHANNEL_STATS_INTERVAL_MS,
      send: () => runtime.queue.send(COLLECT_CHANNEL_STATS_JOB, {}),
    });
    // Registered before the database and queue closers run (shutdown runs in reverse): timers go first.
    runtime.shutdown.add('analytics timers', async () => {
      stopSchedule();
      services.live.close();
    });
    const { aggregation } = services;
    return {
      resolvers,
      permissions,
      context: (base): AnalyticsContext => createContext(base, services),
      seedDemo: () => services.seedDemo(),
      domainEventConcurrency: config.ANALYTICS_CONSUMER_CONCURRENCY,
      domainEventHandlers: {
        EventCreated: (event, em) => aggregation.eventCreated(event, em),
        EventPublished: (event, em) => aggregation.eventPublished(event, em),
        DistributionCompleted: (event, em) => aggregation.distributionCompleted(event, em),
        EventEnded: (event, em) => aggregation.eventEnded(event, em),
        ParticipantRegistered: (event, em) => aggregation.participantRegistered(event, em),
        WinnerSelected: (event, em) => aggregation.winnerSelected(event, em),
        CheckedIn: (event, em) => aggregation.checkedIn(event, em),
      },
    };
  },
});
