import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, type AuthClaims, type JobQueue } from '@attendgate/platform';
import { refundableKrw, REFUNDABLE_STATUSES } from '../domain/payment.ts';
import { Payment, Refund } from '../entities/index.ts';
import { RECONCILE_REFUND_JOB, type ReconcileJob } from '../jobs/jobNames.ts';
import { firstRequestSettled, keyReused, requireIdempotencyKey } from './idempotency.ts';
import { paymentForCaller } from './payments.ts';
import type { RefundSettlement } from './refundSettlement.ts';
import { CONSTRAINTS, violates } from './uniqueConstraints.ts';

/** Refunds one payment may have (so it cannot be refunded one won at a time without end). Our choice. */
export const MAX_REFUNDS_PER_PAYMENT = 20;
const REASON_MAX_LENGTH = 200;
const DEFAULT_REASON = '고객 요청 환불';

export interface RefundDeps {
  orm: MikroORM;
  queue: JobQueue;
  settlement: RefundSettlement;
  gatewayTimeoutMs: number;
  reconcileAfterMs: number;
}

export interface RefundInput {
  paymentId: string;
  amountKrw?: number | null;
  reason?: string | null;
  idempotencyKey?: string | null;
}

/** The reservation's conditional update matched no row. */
class NotReserved extends Error {}

/** Why a reservation failed, read after the fact: the payment's state, the refund cap, or the amount. */
async function whyNotReserved(em: EntityManager, paymentId: string): Promise<AppError> {
  const now = await em.findOneOrFail(Payment, { id: paymentId });
  if (!REFUNDABLE_STATUSES.includes(now.status)) return new AppError(ErrorCode.INVALID_STATE, 'The payment can no longer be refunded.', { state: now.status });
  if (now.refundCount >= MAX_REFUNDS_PER_PAYMENT) return new AppError(ErrorCode.INVALID_STATE, `A payment can be refunded at most ${MAX_REFUNDS_PER_PAYMENT} times.`, { state: now.status });
  return exceeded(refundableKrw(now));
}

function exceeded(refundable: number): AppError {
  return new AppError(ErrorCode.REFUND_AMOUNT_EXCEEDED, `At most ${refundable.toLocaleString('en-US')} won of this payment can be refunded.`, { field: 'amountKrw', refundableKrw: refundable });
}

/**
 * Refunds all of what is left of a payment, or part of it (seed 000: 환불 처리), never more than was paid:
 * the amount is first reserved on the payment row by one conditional update (`refunding_krw`), which Postgres
 * runs one at a time per row, so of two concurrent refunds that together exceed the payment exactly one
 * gets its reservation; the other is REFUND_AMOUNT_EXCEEDED. The refund and its reconciliation job are written
 * in the same transaction as the reservation; then the gateway is asked, the refund id as idempotency key.
 */
export async function refundPayment(deps: RefundDeps, em: EntityManager, caller: AuthClaims, input: RefundInput): Promise<Refund> {
  const idempotencyKey = input.idempotencyKey == null ? null : requireIdempotencyKey(input.idempotencyKey);
  if (input.amountKrw != null && (!Number.isSafeInteger(input.amountKrw) || input.amountKrw < 1)) throw AppError.badInput('A refund is at least 1 won, in whole won.', 'amountKrw');
  const reason = (input.reason ?? DEFAULT_REASON).normalize('NFKC').trim();
  if (reason.length < 1 || reason.length > REASON_MAX_LENGTH) throw AppError.badInput(`A reason has 1 to ${REASON_MAX_LENGTH} characters.`, 'reason');
  const payment = await paymentForCaller(em, caller, input.paymentId);

  const load = () => (idempotencyKey ? deps.orm.em.fork().findOne(Refund, { requestedBy: caller.userId, idempotencyKey }) : Promise.resolve(null));
  const sameRefund = (refund: Refund) => {
    if (refund.paymentId !== payment.id || (input.amountKrw != null && refund.amountKrw !== input.amountKrw)) throw keyReused();
    return refund;
  };
  const earlier = await load();
  if (earlier) return sameRefund(earlier);

  if (!REFUNDABLE_STATUSES.includes(payment.status)) {
    throw new AppError(ErrorCode.INVALID_STATE, `A ${payment.status.toLowerCase()} payment cannot be refunded.`, { state: payment.status });
  }
  const amount = input.amountKrw ?? refundableKrw(payment);
  if (amount < 1) throw exceeded(0);

  let refund: Refund;
  try {
    refund = await em.transactional(async (tx) => {
      const reserved = await tx.execute<{ affectedRows: number }>(
        `update "billing"."payment" set refunding_krw = refunding_krw + ?, refund_count = refund_count + 1, updated_at = now()
          where id = ? and status in (${REFUNDABLE_STATUSES.map(() => '?').join(', ')}) and amount_krw - refunded_krw - refunding_krw >= ? and refund_count < ?`,
        [amount, payment.id, ...REFUNDABLE_STATUSES, amount, MAX_REFUNDS_PER_PAYMENT],
        'run',
      );
      if (reserved.affectedRows !== 1) throw new NotReserved();
      const created = tx.create(Refund, {
        id: randomUUID(), paymentId: payment.id, amountKrw: amount, status: 'REQUESTED', reason, requestedBy: caller.userId, idempotencyKey,
        requestedAt: new Date(), updatedAt: new Date(),
      });
      await deps.queue.sendInTransaction<ReconcileJob>(tx, RECONCILE_REFUND_JOB, { id: created.id }, { startAfter: new Date(Date.now() + deps.reconcileAfterMs) });
      await tx.flush();
      return created;
    });
  } catch (error) {
    if (!(error instanceof NotReserved) && !violates(error, CONSTRAINTS.refundIdempotency)) throw error;
    // A concurrent duplicate (same key) may have taken the amount or the key first: its refund is the answer.
    const duplicate = await load();
    if (duplicate) return sameRefund(await firstRequestSettled(() => load().then((row) => row ?? duplicate), (row) => row.status === 'REQUESTED', deps.gatewayTimeoutMs + 1_000));
    throw await whyNotReserved(deps.orm.em.fork(), payment.id);
  }
  await deps.settlement.send(refund.id);
  return (await deps.orm.em.fork().findOneOrFail(Refund, { id: refund.id }));
}

/** The refunds of several payments, oldest first, in one statement (Payment.refunds is batched). */
export async function refundsOfPayments(em: EntityManager, paymentIds: readonly string[]): Promise<Map<string, Refund[]>> {
  const refunds = paymentIds.length ? await em.find(Refund, { paymentId: { $in: [...paymentIds] } }, { orderBy: { requestedAt: 'asc', id: 'asc' } }) : [];
  const byPayment = new Map<string, Refund[]>(paymentIds.map((id) => [id, []]));
  for (const refund of refunds) byPayment.get(refund.paymentId)?.push(refund);
  return byPayment;
}
