import { defineEntity, p } from '@mikro-orm/postgresql';

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'DEAD', 'SKIPPED'] as const;

/**
 * One domain event on its way to one integration (push sync). Unique per (integration, domain event), so an
 * event delivered twice by the queue is sent once; its id is the idempotency key the external system sees,
 * so a retry after a lost answer is not applied twice there either. DEAD deliveries are the dead-letter
 * queue: the owner sees them, with the last error, and replays them.
 */
export const DeliverySchema = defineEntity({
  name: 'Delivery',
  tableName: 'delivery',
  properties: {
    id: p.uuid().primary(),
    integrationId: p.uuid(),
    domainEventId: p.uuid(),
    eventType: p.string().length(64),
    occurredAt: p.datetime(),
    /** The event's payload as its contract carries it (personal data stays sealed). */
    payload: p.json<Record<string, unknown>>(),
    status: p.enum(DELIVERY_STATUSES),
    attempts: p.integer().default(0),
    lastErrorCode: p.string().length(40).nullable(),
    lastErrorMessage: p.string().length(300).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    deliveredAt: p.datetime().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ name: 'delivery_integration_event_unique', properties: ['integrationId', 'domainEventId'] }],
  indexes: [{ name: 'delivery_integration_id_status_created_at_index', properties: ['integrationId', 'status', 'createdAt', 'id'] }],
});

export class Delivery extends DeliverySchema.class {}
DeliverySchema.setClass(Delivery);
