import { AppError, ErrorCode, type KeyValueStore } from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ValueSettings } from '../domain/performance.ts';
import { isUuid } from '../domain/vocabulary.ts';
import type { AnalyticsLoaders } from '../loaders.ts';
import type { ChannelStats } from './channelStats.ts';
import { compareOwnerEvents, MAX_COMPARED_EVENTS } from './comparison.ts';
import type { LiveMetrics } from './liveMetrics.ts';
import type { MetricsCache } from './metricsCache.ts';
import type { ComparisonView, MetricsView } from './views.ts';

/**
 * The dashboard's use cases. An event is known once analytics has heard who owns it (EventCreated or any
 * later event of the events subgraph); entries that arrived before that are counted but not shown.
 */
export function createDashboard(deps: {
  cache: MetricsCache; live: LiveMetrics; channelStats: ChannelStats; settings: ValueSettings; kv: KeyValueStore; refreshMinIntervalMs: number;
}) {
  const { cache, live, channelStats } = deps;

  const known = (view: MetricsView | null) => (view?.ownerId ? view : null);

  /** The dashboard the request already read (its permission rule did), or NOT_FOUND. */
  async function required(loaders: AnalyticsLoaders, eventId: string): Promise<MetricsView> {
    const view = isUuid(eventId) ? known(await loaders.metrics.load(eventId)) : null;
    if (!view) throw AppError.notFound('The event');
    return view;
  }

  return {
    /** `Event.metrics`: null for an event analytics does not know. */
    metrics: async (loaders: AnalyticsLoaders, eventId: string) => (isUuid(eventId) ? known(await loaders.metrics.load(eventId)) : null),

    /** `dashboard(eventId)`: NOT_FOUND for an event analytics does not know. */
    dashboard: required,

    /** `eventMetricsUpdated(eventId)`: the current dashboard, then every refresh. */
    async subscribe(loaders: AnalyticsLoaders, eventId: string): Promise<AsyncGenerator<MetricsView | null>> {
      await required(loaders, eventId);
      return live.stream(eventId);
    },

    /** `refreshChannelStats(eventId)`: collects the event's posts now and answers the recomputed dashboard. */
    async refreshChannelStats(loaders: AnalyticsLoaders, eventId: string): Promise<MetricsView> {
      await required(loaders, eventId);
      // One refresh per event per interval, whoever asks and on whichever replica: each one calls every channel.
      if (deps.refreshMinIntervalMs > 0 && !(await deps.kv.setIfAbsent(`refresh:${eventId}`, '1', deps.refreshMinIntervalMs))) {
        const retryAfterSeconds = Math.ceil(((await deps.kv.ttlMs(`refresh:${eventId}`)) ?? deps.refreshMinIntervalMs) / 1000);
        throw new AppError(ErrorCode.RATE_LIMITED, 'The channel statistics of this event were refreshed a moment ago; try again later.', { retryAfterSeconds });
      }
      await channelStats.collectEvent(eventId);
      const view = known(await cache.compute(eventId));
      if (!view) throw AppError.notFound('The event');
      await cache.store(view);
      return view;
    },

    /** `eventComparison`: the owner's most recent `first` events compared. */
    compare(em: EntityManager, ownerId: string, first: number): Promise<ComparisonView> {
      if (!Number.isInteger(first) || first < 1 || first > MAX_COMPARED_EVENTS) {
        throw AppError.badInput(`first must be between 1 and ${MAX_COMPARED_EVENTS}.`, 'first');
      }
      return compareOwnerEvents(em, ownerId, first, deps.settings);
    },
  };
}

export type Dashboard = ReturnType<typeof createDashboard>;
