import { defineEntity, p } from '@mikro-orm/postgresql';
import { VenueSchema } from './Venue.ts';

export const EVENT_OUTCOMES = ['ENDED', 'CANCELLED'] as const;

/**
 * What this subgraph knows of an event (owned by the events subgraph): the venue an operator assigned it to,
 * and the facts its domain events carried (EventPublished: owner, title, period; EventEnded). Either side may
 * arrive first, so each writes only its own columns.
 */
export const EventRecordSchema = defineEntity({
  name: 'EventRecord',
  tableName: 'event',
  properties: {
    id: p.uuid().primary(),
    venue: () => p.manyToOne(VenueSchema).deleteRule('set null').nullable(),
    assignedBy: p.uuid().nullable(),
    assignedAt: p.datetime().nullable(),
    ownerId: p.uuid().nullable(),
    title: p.string().length(200).nullable(),
    startsAt: p.datetime().nullable(),
    endsAt: p.datetime().nullable(),
    publishedAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
    outcome: p.enum(EVENT_OUTCOMES).nullable(),
  },
  indexes: [{ name: 'event_venue_index', properties: ['venue'] }],
});

export class EventRecord extends EventRecordSchema.class {}
EventRecordSchema.setClass(EventRecord);
