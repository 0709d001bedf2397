import { z } from 'zod';
import { defineDomainEvent } from '../defineDomainEvent.ts';
import { id, instant, krw } from './shared.ts';

export const PaymentCompleted = defineDomainEvent({
  type: 'PaymentCompleted',
  version: 1,
  source: 'billing',
  description: 'The payment gateway approved a payment for a paid feature of an event.',
  data: z.object({
    paymentId: id,
    eventId: id,
    ownerId: id,
    amountKrw: krw,
    method: z.string(),
    purpose: z.string(),
    gatewayReference: z.string(),
    approvedAt: instant,
  }),
});

export const PaymentRefunded = defineDomainEvent({
  type: 'PaymentRefunded',
  version: 1,
  source: 'billing',
  description: 'A payment was refunded in full or in part.',
  data: z.object({ paymentId: id, refundId: id, eventId: id, ownerId: id, amountKrw: krw, remainingKrw: krw, refundedAt: instant }),
});

export const ProductChangeCompleted = defineDomainEvent({
  type: 'ProductChangeCompleted',
  version: 1,
  source: 'billing',
  description: 'The carrier backend (KOS) applied a mobile plan change.',
  data: z.object({ requestId: id, lineId: id, userId: id, fromProductCode: z.string(), toProductCode: z.string(), kosReference: z.string(), completedAt: instant }),
});
