import { defineEntity, p } from '@mikro-orm/postgresql';

/** A ticket an operator issued for an event (guests, staff, walk-ins): the other credential a pass can name. */
export const TicketSchema = defineEntity({
  name: 'Ticket',
  tableName: 'ticket',
  properties: {
    id: p.uuid().primary(),
    eventId: p.uuid(),
    label: p.string().length(100),
    issuedBy: p.uuid(),
    issuedAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
  },
  indexes: [{ name: 'ticket_event_index', properties: ['eventId', 'issuedAt'] }],
});

export class Ticket extends TicketSchema.class {}
TicketSchema.setClass(Ticket);
