import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * The domain events a consumer subgraph has already applied, one row per event id, written in the same
 * transaction as the event's effect. Delivery is at least once (a worker may crash after committing and
 * before acknowledging); this row is what makes a redelivered or replayed event change nothing.
 *
 * A subgraph that consumes events lists this entity among its own, so its migrations create the table in
 * its own schema.
 */
export const ProcessedDomainEventSchema = defineEntity({
  name: 'ProcessedDomainEvent',
  tableName: 'processed_domain_event',
  properties: {
    eventId: p.uuid().primary(),
    type: p.string().length(64),
    occurredAt: p.datetime(),
    processedAt: p.datetime().onCreate(() => new Date()),
  },
});
