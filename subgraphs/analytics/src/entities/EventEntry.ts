import { defineEntity, p } from '@mikro-orm/postgresql';
import { MEDIA_CHANNELS } from '@attendgate/platform';

/**
 * One entry (ParticipantRegistered), without personal data: the customer is only its blind index. Kept so that
 * new and returning customers are computed from facts at read time, whatever order the entries arrived in
 * (a counter decided at arrival would be wrong when an older entry arrives later), and so that one
 * participation counts once even if it were published twice.
 */
export const EventEntrySchema = defineEntity({
  name: 'EventEntry',
  tableName: 'event_entry',
  properties: {
    participationId: p.uuid().primary(),
    eventId: p.uuid(),
    customerKey: p.string().length(128),
    channel: p.enum(MEDIA_CHANNELS),
    storeVisited: p.boolean(),
    registeredAt: p.datetime(),
  },
  indexes: [
    { name: 'event_entry_event_id_index', properties: ['eventId', 'customerKey'] },
    { name: 'event_entry_customer_key_index', properties: ['customerKey', 'registeredAt'] },
  ],
});

export class EventEntry extends EventEntrySchema.class {}
EventEntrySchema.setClass(EventEntry);
