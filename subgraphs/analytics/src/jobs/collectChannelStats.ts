import type { JobDefinition, KeyValueStore, Logger } from '@attendgate/platform';
import type { ChannelStats } from '../services/channelStats.ts';

export const COLLECT_CHANNEL_STATS_JOB = 'analytics.collect-channel-stats';

/** The batch job: one collection of every due post (idempotent: it only overwrites figures with newer ones). */
export function collectChannelStatsJob(channelStats: ChannelStats, logger: Logger, intervalMs: number): JobDefinition<object> {
  return {
    name: COLLECT_CHANNEL_STATS_JOB,
    // A failed run is not retried: the next one is an interval away and the last figures stand meanwhile.
    retryLimit: 0,
    // Two intervals (the next run is due by then), between a minute and an hour (pg-boss allows at most a day).
    expireInSeconds: Math.min(3_600, Math.max(60, Math.ceil((intervalMs * 2) / 1000))),
    concurrency: 1,
    handler: async () => {
      const result = await channelStats.collectDue();
      if (result.collected || result.failed) logger.info(result, 'channel statistics collected');
    },
  };
}

/**
 * Starts the schedule: every replica ticks each interval, and the one that claims the interval's slot in the
 * key-value store enqueues the batch job, so a deployment of any size runs one collection per interval
 * (seed 004: every 5 minutes). pg-boss's own cron counts whole minutes, which tests cannot wait for.
 */
export function scheduleChannelStats(deps: { kv: KeyValueStore; send: () => Promise<unknown>; intervalMs: number; logger: Logger }): () => void {
  const tick = async () => {
    const slot = Math.floor(Date.now() / deps.intervalMs);
    try {
      if (await deps.kv.setIfAbsent(`channel-stats:slot:${slot}`, '1', deps.intervalMs * 2)) await deps.send();
    } catch (error) {
      deps.logger.warn({ err: error }, 'channel statistics batch not scheduled this interval');
    }
  };
  const timer = setInterval(() => void tick(), deps.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
