import { defineEntity, p } from '@mikro-orm/postgresql';
import { REFUND_STATUSES } from '../domain/payment.ts';

/**
 * A refund of all or part of a payment. Its id is the gateway idempotency key of the cancel request, so a
 * refund whose answer was lost is resent safely by reconciliation: the gateway answers the first result.
 */
export const RefundSchema = defineEntity({
  name: 'Refund',
  tableName: 'refund',
  properties: {
    id: p.uuid().primary(),
    paymentId: p.uuid(),
    amountKrw: p.integer(),
    status: p.enum(REFUND_STATUSES),
    reason: p.string().length(200),
    requestedBy: p.uuid(),
    /** The caller's key; null when the client sent none (then every call is a new refund). */
    idempotencyKey: p.string().length(100).nullable(),
    gatewayTransactionKey: p.string().length(64).nullable(),
    failureCode: p.string().length(40).nullable(),
    failureMessage: p.string().length(300).nullable(),
    requestedAt: p.datetime().onCreate(() => new Date()),
    completedAt: p.datetime().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ name: 'refund_idempotency_unique', properties: ['requestedBy', 'idempotencyKey'] }],
  indexes: [
    { name: 'refund_payment_id_requested_at_index', properties: ['paymentId', 'requestedAt', 'id'] },
    { name: 'refund_completed_at_index', properties: ['completedAt'] },
  ],
  checks: [{ name: 'refund_amount_positive', expression: 'amount_krw > 0' }],
});

export class Refund extends RefundSchema.class {}
RefundSchema.setClass(Refund);
