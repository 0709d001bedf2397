import { defineEntity, p } from '@mikro-orm/postgresql';
import { DISTRIBUTION_STATUSES, MEDIA_CHANNELS } from '../domain/vocabulary.ts';

/**
 * An event on one channel: written PENDING at approval, then PUBLISHED (with the channel's post id and cost)
 * or FAILED. A worker that restarts after a crash skips channels already PUBLISHED; the idempotency key sent
 * to the channel is `<eventId>:<channel>`, so even a post whose answer was lost is never made twice.
 */
export const ChannelDistributionSchema = defineEntity({
  name: 'ChannelDistribution',
  tableName: 'channel_distribution',
  properties: {
    id: p.uuid().primary(),
    eventId: p.uuid(),
    channel: p.enum(MEDIA_CHANNELS),
    status: p.enum(DISTRIBUTION_STATUSES),
    externalPostId: p.string().length(200).nullable(),
    costKrw: p.integer(),
    attempts: p.integer(),
    errorCode: p.string().length(64).nullable(),
    errorMessage: p.string().length(500).nullable(),
    publishedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ name: 'channel_distribution_event_channel_unique', properties: ['eventId', 'channel'] }],
});

export class ChannelDistribution extends ChannelDistributionSchema.class {}
ChannelDistributionSchema.setClass(ChannelDistribution);
