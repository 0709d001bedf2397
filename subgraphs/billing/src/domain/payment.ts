/**
 * Event payments: a shop owner pays for a paid feature of one of their events (distribution to paid channels
 * and the like), in whole won. REQUESTED: recorded, being sent to the gateway. PENDING: sent, outcome unknown
 * (timeout) until reconciliation. APPROVED / DECLINED / FAILED (never charged); after refunds
 * PARTIALLY_REFUNDED or REFUNDED.
 */
export const PAYMENT_STATUSES = ['REQUESTED', 'PENDING', 'APPROVED', 'DECLINED', 'FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Statuses in which money was taken and some may still be refunded. */
export const REFUNDABLE_STATUSES: readonly PaymentStatus[] = ['APPROVED', 'PARTIALLY_REFUNDED'];
export const OPEN_PAYMENT_STATUSES: readonly PaymentStatus[] = ['REQUESTED', 'PENDING'];

export const PAYMENT_METHODS = ['CARD', 'BANK_TRANSFER', 'EASY_PAY'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** What a payment buys (the paid features of an event). */
export const PAYMENT_PURPOSES = ['CHANNEL_DISTRIBUTION', 'IMAGE_GENERATION', 'PRIZE_FULFILMENT'] as const;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];

export const REFUND_STATUSES = ['REQUESTED', 'PENDING', 'COMPLETED', 'FAILED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** The smallest payment the gateway takes, in won. */
export const MIN_PAYMENT_KRW = 100;

export const PAYMENT_FAILURES = {
  GATEWAY_UNAVAILABLE: { code: 'GATEWAY_UNAVAILABLE', message: 'The payment gateway was unavailable; nothing was charged. Try again later.' },
  GATEWAY_REFUSED_REQUEST: { code: 'GATEWAY_REFUSED_REQUEST', message: 'The payment gateway refused the request; nothing was charged.' },
  NOT_RECEIVED: { code: 'NOT_RECEIVED', message: 'The payment gateway never received the payment; nothing was charged. Try again.' },
} as const;

/** Won of a payment that can still be refunded: paid, less refunded, less refunds in flight (0 unless paid). */
export function refundableKrw(payment: { status: PaymentStatus; amountKrw: number; refundedKrw: number; refundingKrw: number }): number {
  if (!REFUNDABLE_STATUSES.includes(payment.status)) return 0;
  return Math.max(payment.amountKrw - payment.refundedKrw - payment.refundingKrw, 0);
}

/** A payment's status once `refundedKrw` of it has been refunded. */
export function statusAfterRefunds(amountKrw: number, refundedKrw: number): PaymentStatus {
  if (refundedKrw <= 0) return 'APPROVED';
  return refundedKrw >= amountKrw ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}
