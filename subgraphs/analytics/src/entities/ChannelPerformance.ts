import { defineEntity, p } from '@mikro-orm/postgresql';
import { MEDIA_CHANNELS } from '@attendgate/platform';
import { DISTRIBUTION_STATES } from '../domain/distributionState.ts';

/**
 * One row per (event, channel): the distribution (planned by EventPublished, settled by the newest
 * DistributionCompleted), the entries that came through it, and its post's statistics from the channel's
 * reporting API (views, reach). When a collection fails the figures stay and `statsStale` says so.
 */
export const ChannelPerformanceSchema = defineEntity({
  name: 'ChannelPerformance',
  tableName: 'channel_performance',
  properties: {
    eventId: p.uuid().primary(),
    channel: p.enum(MEDIA_CHANNELS).primary(),
    distribution: p.enum(DISTRIBUTION_STATES).default('NOT_PLANNED'),
    externalPostId: p.string().length(200).nullable(),
    costKrw: p.integer().default(0),
    errorCode: p.string().length(100).nullable(),
    /** completedAt of the DistributionCompleted applied (the newest wins). */
    distributedAt: p.datetime().nullable(),
    participants: p.integer().default(0),
    views: p.integer().nullable(),
    reach: p.integer().nullable(),
    statsCollectedAt: p.datetime().nullable(),
    statsAttemptedAt: p.datetime().nullable(),
    statsStale: p.boolean().default(false),
    statsError: p.string().length(100).nullable(),
  },
  indexes: [{ name: 'channel_performance_stats_due_index', properties: ['distribution', 'statsAttemptedAt'] }],
});

export class ChannelPerformance extends ChannelPerformanceSchema.class {}
ChannelPerformanceSchema.setClass(ChannelPerformance);
