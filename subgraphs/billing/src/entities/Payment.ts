import { defineEntity, p } from '@mikro-orm/postgresql';
import { PAYMENT_METHODS, PAYMENT_PURPOSES, PAYMENT_STATUSES } from '../domain/payment.ts';

/**
 * A payment for a paid feature of an event. Its id is the order id at the payment gateway (and the
 * gateway's idempotency key), so a lost answer can be looked up there and a resent request is never charged
 * twice. Amounts are whole won.
 *
 * `refundingKrw` holds refunds in flight: a refund reserves its amount with a conditional update before the
 * gateway is asked, so concurrent refunds can never add up to more than was paid (the check constraints
 * hold it in the database too).
 */
export const PaymentSchema = defineEntity({
  name: 'Payment',
  tableName: 'payment',
  properties: {
    id: p.uuid().primary(),
    eventId: p.uuid(),
    ownerId: p.uuid(),
    amountKrw: p.integer(),
    refundedKrw: p.integer().default(0),
    refundingKrw: p.integer().default(0),
    /** Refunds started (capped, so a payment cannot be refunded one won at a time without end). */
    refundCount: p.integer().default(0),
    method: p.enum(PAYMENT_METHODS),
    purpose: p.enum(PAYMENT_PURPOSES),
    status: p.enum(PAYMENT_STATUSES),
    idempotencyKey: p.string().length(100),
    gatewayPaymentKey: p.string().length(64).nullable(),
    approvalNumber: p.string().length(20).nullable(),
    declineCode: p.string().length(40).nullable(),
    declineMessage: p.string().length(300).nullable(),
    requestedAt: p.datetime().onCreate(() => new Date()),
    approvedAt: p.datetime().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ name: 'payment_idempotency_unique', properties: ['ownerId', 'idempotencyKey'] }],
  indexes: [
    { name: 'payment_event_id_requested_at_index', properties: ['eventId', 'requestedAt', 'id'] },
    { name: 'payment_owner_id_requested_at_index', properties: ['ownerId', 'requestedAt', 'id'] },
    { name: 'payment_approved_at_index', properties: ['approvedAt'] },
  ],
  checks: [
    { name: 'payment_amount_positive', expression: 'amount_krw > 0' },
    { name: 'payment_refunds_within_amount', expression: 'refunded_krw >= 0 and refunding_krw >= 0 and refunded_krw + refunding_krw <= amount_krw' },
  ],
});

export class Payment extends PaymentSchema.class {}
PaymentSchema.setClass(Payment);
