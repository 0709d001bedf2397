import type { DeliveryResolvers } from '../generated/resolvers.ts';
import { toEnumValue, type PushEventType } from '../domain/pushEvents.ts';

export const Delivery: DeliveryResolvers = {
  idempotencyKey: (delivery) => delivery.id,
  eventType: (delivery) => toEnumValue(delivery.eventType as PushEventType) as never,
};
