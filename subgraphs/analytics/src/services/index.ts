import type { SubgraphRuntime } from '@attendgate/platform';
import { createChannelStatsAdapters } from '../adapters/channelStats/index.ts';
import type { AnalyticsConfig } from '../config.ts';
import type { ValueSettings } from '../domain/performance.ts';
import { createAggregation } from './aggregation.ts';
import { createChannelStats } from './channelStats.ts';
import { createDashboard } from './dashboard.ts';
import { demoHints } from './demoData.ts';
import { createLiveMetrics } from './liveMetrics.ts';
import { createMetricsCache } from './metricsCache.ts';

/** Builds the analytics subgraph's services from its runtime. */
export function createAnalyticsServices(runtime: SubgraphRuntime<AnalyticsConfig>) {
  const { config, orm, logger } = runtime;
  const settings: ValueSettings = {
    valuePerParticipantKrw: config.ANALYTICS_VALUE_PER_PARTICIPANT_KRW,
    valuePerStoreVisitKrw: config.ANALYTICS_VALUE_PER_STORE_VISIT_KRW,
  };
  const cache = createMetricsCache({ orm, kv: runtime.kv, logger, ttlMs: config.ANALYTICS_CACHE_TTL_MS, settings });
  const live = createLiveMetrics({ cache, bus: runtime.bus, logger, intervalMs: config.ANALYTICS_LIVE_INTERVAL_MS });
  const aggregation = createAggregation((eventId, version) => live.changed(eventId, version));
  const channelStats = createChannelStats({
    orm, logger, adapters: createChannelStatsAdapters(config, logger), onChange: (eventId, version) => live.changed(eventId, version),
    concurrency: config.ANALYTICS_CHANNEL_STATS_CONCURRENCY, batchMax: config.ANALYTICS_CHANNEL_STATS_BATCH_MAX,
    afterEndMs: config.ANALYTICS_CHANNEL_STATS_AFTER_END_MS,
  });
  const dashboard = createDashboard({ cache, live, channelStats, settings, kv: runtime.kv, refreshMinIntervalMs: config.ANALYTICS_REFRESH_MIN_INTERVAL_MS });
  return {
    aggregation,
    cache,
    channelStats,
    dashboard,
    live,
    seedDemo: demoHints,
  };
}

export type AnalyticsServices = ReturnType<typeof createAnalyticsServices>;
