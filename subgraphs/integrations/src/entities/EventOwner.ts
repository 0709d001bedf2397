import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * Which owner an event belongs to (from EventPublished), so events that do not name their owner
 * (ParticipantRegistered, WinnerSelected, CheckedIn) reach that owner's integrations.
 */
export const EventOwnerSchema = defineEntity({
  name: 'EventOwner',
  tableName: 'event_owner',
  properties: {
    eventId: p.uuid().primary(),
    ownerId: p.uuid(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class EventOwner extends EventOwnerSchema.class {}
EventOwnerSchema.setClass(EventOwner);
