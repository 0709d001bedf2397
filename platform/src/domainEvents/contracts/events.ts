import { z } from 'zod';
import { defineDomainEvent } from '../defineDomainEvent.ts';
import { id, instant, krw, mediaChannel } from './shared.ts';

/** The purposes a shop owner picks from when creating an event (seed 002, UFR-EVENT-020). */
export const EVENT_PURPOSES = ['NEW_CUSTOMERS', 'REVISIT', 'SALES_BOOST', 'AWARENESS', 'NEW_PRODUCT', 'SEASONAL'] as const;
export const eventPurpose = z.enum(EVENT_PURPOSES);

const eventRef = { eventId: id, ownerId: id };

export const EventCreated = defineDomainEvent({
  type: 'EventCreated',
  version: 1,
  source: 'events',
  description: 'A shop owner started an event draft (purpose chosen).',
  data: z.object({ ...eventRef, purpose: eventPurpose, storeCategory: z.string().nullable(), region: z.string().nullable(), createdAt: instant }),
});

export const EventPublished = defineDomainEvent({
  type: 'EventPublished',
  version: 1,
  source: 'events',
  description: 'An approved event went live: its period, prize and the channels chosen for distribution.',
  data: z.object({
    ...eventRef,
    title: z.string(),
    purpose: eventPurpose,
    channels: z.array(mediaChannel),
    startsAt: instant,
    endsAt: instant,
    announcesAt: instant.nullable(),
    prize: z.object({ name: z.string(), quantity: z.int().positive(), unitValueKrw: krw }),
    publishedAt: instant,
  }),
});

export const DistributionCompleted = defineDomainEvent({
  type: 'DistributionCompleted',
  version: 1,
  source: 'events',
  description: 'A distribution run ended: per channel, whether it was published (with the external post id) or failed.',
  data: z.object({
    ...eventRef,
    distributionId: id,
    channels: z.array(
      z.object({
        channel: mediaChannel,
        status: z.enum(['PUBLISHED', 'FAILED']),
        externalPostId: z.string().nullable(),
        costKrw: krw,
        errorCode: z.string().nullable(),
      }),
    ),
    completedAt: instant,
  }),
});

export const EventEnded = defineDomainEvent({
  type: 'EventEnded',
  version: 1,
  source: 'events',
  description: 'An event stopped taking part: its period ended or the owner ended it (ENDED), or it was cancelled (CANCELLED).',
  data: z.object({ ...eventRef, outcome: z.enum(['ENDED', 'CANCELLED']), endedAt: instant }),
});
