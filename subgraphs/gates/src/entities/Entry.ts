import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A participant's entry to an event, as the participation subgraph announced it (ParticipantRegistered): the
 * credential a gate pass for a participant names. The customer key is the blind index of the participant's
 * phone, which is how the phone they type in to obtain a pass is checked without storing the number.
 */
export const EntrySchema = defineEntity({
  name: 'Entry',
  tableName: 'entry',
  properties: {
    participationId: p.uuid().primary(),
    eventId: p.uuid(),
    entryNumber: p.string().length(32),
    customerKey: p.string().length(64),
    registeredAt: p.datetime(),
  },
  uniques: [{ name: 'entry_event_number_unique', properties: ['eventId', 'entryNumber'] }],
});

export class Entry extends EntrySchema.class {}
EntrySchema.setClass(Entry);
