import { defineEntity, p } from '@mikro-orm/postgresql';
import { EVENT_PURPOSES, EVENT_STATUSES, PARTICIPATION_METHODS } from '../domain/vocabulary.ts';

/**
 * An owner's event, from the first draft on. Drafts live here, in PostgreSQL, from the moment they are
 * created (the issue: durably, not only in a cache; seed 004 kept them in Redis until approval).
 *
 * The owner is a users-subgraph id (no foreign key across subgraphs). The store is the context the owner's
 * app passed (seed 004: the app reads the store itself), kept with the event because the plan was made for it.
 */
export const EventSchema = defineEntity({
  name: 'Event',
  tableName: 'event',
  properties: {
    id: p.uuid().primary(),
    ownerId: p.uuid(),
    purpose: p.enum(EVENT_PURPOSES),
    status: p.enum(EVENT_STATUSES),
    storeName: p.string().length(100),
    storeCategory: p.string().length(50),
    storeRegion: p.string().length(100),
    title: p.string().length(60).nullable(),
    description: p.text().nullable(),
    prizeName: p.string().length(60).nullable(),
    prizeQuantity: p.integer().nullable(),
    prizeUnitValueKrw: p.integer().nullable(),
    startsAt: p.datetime().nullable(),
    endsAt: p.datetime().nullable(),
    announcesAt: p.datetime().nullable(),
    participationMethod: p.enum(PARTICIPATION_METHODS).nullable(),
    chosenRecommendationId: p.uuid().nullable(),
    /** The channels chosen at approval. */
    channels: p.array().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    publishedAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
  },
  indexes: [{ name: 'event_owner_created_index', properties: ['ownerId', 'createdAt', 'id'] }],
});

export class Event extends EventSchema.class {}
EventSchema.setClass(Event);


