import { defineEntity, p } from '@mikro-orm/postgresql';
import { EVENT_STAGES } from '../domain/eventStage.ts';

/**
 * Who owns an event, and how far it has come, as the events subgraph announced it (EventCreated,
 * EventPublished, EventEnded). Billing cannot ask the events subgraph, so this local copy is what lets only
 * an event's owner pay for its features.
 */
export const EventOwnerSchema = defineEntity({
  name: 'EventOwner',
  tableName: 'event_owner',
  properties: {
    eventId: p.uuid().primary(),
    ownerId: p.uuid(),
    stage: p.enum(EVENT_STAGES),
    /** The title once the event is published (for order names at the gateway). */
    title: p.string().length(200).nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class EventOwner extends EventOwnerSchema.class {}
EventOwnerSchema.setClass(EventOwner);
