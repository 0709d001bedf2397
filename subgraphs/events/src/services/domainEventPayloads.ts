import type { DomainEventData } from '@attendgate/platform';
import type { ChannelDistribution, Event } from '../entities/index.ts';

/**
 * The payloads of the domain events this subgraph publishes (contracts in
 * platform/src/domainEvents/contracts/events.ts), built from the entities at the moment of the change.
 */
export function eventCreated(event: Event): DomainEventData<'EventCreated'> {
  return {
    eventId: event.id, ownerId: event.ownerId, purpose: event.purpose, storeCategory: event.storeCategory,
    region: event.storeRegion, createdAt: event.createdAt.toISOString(),
  };
}

/** Participation validates entries from this: the period, the prize, the announcement and the channels. */
export function eventPublished(event: Event): DomainEventData<'EventPublished'> {
  return {
    eventId: event.id, ownerId: event.ownerId, title: event.title!, purpose: event.purpose,
    channels: (event.channels ?? []) as DomainEventData<'EventPublished'>['channels'],
    startsAt: event.startsAt!.toISOString(), endsAt: event.endsAt!.toISOString(), announcesAt: event.announcesAt?.toISOString() ?? null,
    prize: { name: event.prizeName!, quantity: event.prizeQuantity!, unitValueKrw: event.prizeUnitValueKrw! },
    publishedAt: event.publishedAt!.toISOString(),
  };
}

export function distributionCompleted(event: Event, runId: string, rows: readonly ChannelDistribution[], completedAt: Date): DomainEventData<'DistributionCompleted'> {
  return {
    eventId: event.id, ownerId: event.ownerId, distributionId: runId,
    channels: rows.map((row) => ({
      channel: row.channel, status: row.status === 'PUBLISHED' ? 'PUBLISHED' : 'FAILED',
      externalPostId: row.externalPostId ?? null, costKrw: row.costKrw, errorCode: row.errorCode ?? null,
    })),
    completedAt: completedAt.toISOString(),
  };
}

export function eventEnded(event: Event, outcome: 'ENDED' | 'CANCELLED'): DomainEventData<'EventEnded'> {
  return { eventId: event.id, ownerId: event.ownerId, outcome, endedAt: event.endedAt!.toISOString() };
}
