import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, isShortCircuit, UpstreamError, type AuthClaims, type JobQueue, type PageArgs } from '@attendgate/platform';
import type { PaymentGateway } from '../adapters/paymentGateway.ts';
import { acceptsPayments } from '../domain/eventStage.ts';
import { MIN_PAYMENT_KRW, OPEN_PAYMENT_STATUSES, PAYMENT_FAILURES, type PaymentMethod, type PaymentPurpose } from '../domain/payment.ts';
import { EventOwner, Payment } from '../entities/index.ts';
import { RECONCILE_PAYMENT_JOB, type ReconcileJob } from '../jobs/jobNames.ts';
import { isAdmin, isId, requireId } from './access.ts';
import { isUpstreamFailure } from './freshCache.ts';
import { firstRequestSettled, keyReused, requireIdempotencyKey } from './idempotency.ts';
import { newestFirst, type CountedPage } from './pages.ts';
import type { PaymentSettlement } from './paymentSettlement.ts';
import { CONSTRAINTS, violates } from './uniqueConstraints.ts';

export const PAYMENTS_PAGE = { defaultSize: 20, maxSize: 100 };
export const EVENT_PAYMENTS_PAGE = { defaultSize: 20, maxSize: 50 };

/** The order name the card company shows the owner (at most 100 characters at the gateway). */
const PURPOSE_NAMES: Record<PaymentPurpose, string> = {
  CHANNEL_DISTRIBUTION: '유료 채널 배포',
  IMAGE_GENERATION: 'AI 이미지 생성',
  PRIZE_FULFILMENT: '경품 배송',
};

export interface PaymentDeps {
  orm: MikroORM;
  queue: JobQueue;
  gateway: PaymentGateway;
  settlement: PaymentSettlement;
  maxPaymentKrw: number;
  gatewayTimeoutMs: number;
  reconcileAfterMs: number;
}

export interface CreatePaymentInput {
  eventId: string;
  amountKrw: number;
  method: PaymentMethod;
  purpose: PaymentPurpose;
  idempotencyKey: string;
}

const isOpen = (payment: Payment) => OPEN_PAYMENT_STATUSES.includes(payment.status);

/**
 * A shop owner pays for a paid feature of their own event (seed 000: 결제 요청 → 승인/거절). Only the event's
 * owner, as billing learned it from the events subgraph's domain events. The payment is recorded with its
 * reconciliation job in one transaction, then sent to the gateway once, its id as order id and idempotency
 * key. Approval publishes PaymentCompleted; a decline is a DECLINED payment with the card company's reason.
 */
export async function createPayment(deps: PaymentDeps, em: EntityManager, caller: AuthClaims, input: CreatePaymentInput): Promise<Payment> {
  const idempotencyKey = requireIdempotencyKey(input.idempotencyKey);
  const eventId = requireId(input.eventId, 'eventId');
  if (!Number.isSafeInteger(input.amountKrw) || input.amountKrw < MIN_PAYMENT_KRW || input.amountKrw > deps.maxPaymentKrw) {
    throw AppError.badInput(`The amount is whole won from ${MIN_PAYMENT_KRW} to ${deps.maxPaymentKrw.toLocaleString('en-US')}.`, 'amountKrw', { min: MIN_PAYMENT_KRW, max: deps.maxPaymentKrw });
  }
  const load = () => deps.orm.em.fork().findOne(Payment, { ownerId: caller.userId, idempotencyKey });
  const samePayment = (payment: Payment) => {
    const same = payment.eventId === eventId && payment.amountKrw === input.amountKrw && payment.method === input.method && payment.purpose === input.purpose;
    if (!same) throw keyReused();
    return payment;
  };
  const earlier = await load();
  if (earlier) return samePayment(earlier);

  const event = await em.findOne(EventOwner, { eventId });
  if (!event || event.ownerId !== caller.userId) throw AppError.notFound('The event');
  if (!acceptsPayments(event.stage)) throw new AppError(ErrorCode.INVALID_STATE, 'The event has ended; its features can no longer be bought.', { state: event.stage });

  let payment: Payment;
  try {
    payment = await em.transactional(async (tx) => {
      const created = tx.create(Payment, {
        id: randomUUID(), eventId, ownerId: caller.userId, amountKrw: input.amountKrw, refundedKrw: 0, refundingKrw: 0, refundCount: 0,
        method: input.method, purpose: input.purpose, status: 'REQUESTED', idempotencyKey, requestedAt: new Date(), updatedAt: new Date(),
      });
      await deps.queue.sendInTransaction<ReconcileJob>(tx, RECONCILE_PAYMENT_JOB, { id: created.id }, { startAfter: new Date(Date.now() + deps.reconcileAfterMs) });
      await tx.flush();
      return created;
    });
  } catch (error) {
    if (!violates(error, CONSTRAINTS.paymentIdempotency)) throw error;
    return samePayment(await firstRequestSettled(load, isOpen, deps.gatewayTimeoutMs + 1_000));
  }

  const orderName = `${PURPOSE_NAMES[input.purpose]} · ${event.title ?? '이벤트'}`.slice(0, 100);
  try {
    await deps.settlement.settle(payment.id, await deps.gateway.pay({ orderId: payment.id, orderName, amountKrw: payment.amountKrw, method: payment.method }));
  } catch (error) {
    if (isShortCircuit(error)) await deps.settlement.settle(payment.id, { kind: 'failed', ...PAYMENT_FAILURES.GATEWAY_UNAVAILABLE });
    else if (error instanceof UpstreamError && error.status !== null && error.status >= 400 && error.status < 500) {
      await deps.settlement.settle(payment.id, { kind: 'failed', ...PAYMENT_FAILURES.GATEWAY_REFUSED_REQUEST });
    } else if (isUpstreamFailure(error)) await deps.settlement.markPending(payment.id);
    else throw error;
  }
  return (await load())!;
}

/** A payment its owner or an admin may see, or NOT_FOUND. */
export async function paymentForCaller(em: EntityManager, caller: AuthClaims, paymentId: string): Promise<Payment> {
  const payment = isId(paymentId) ? await em.findOne(Payment, { id: paymentId.toLowerCase() }) : null;
  if (!payment || (payment.ownerId !== caller.userId && !isAdmin(caller))) throw AppError.notFound('The payment');
  return payment;
}

/** The caller's payments, newest first. */
export function myPayments(em: EntityManager, caller: AuthClaims, args: PageArgs): Promise<CountedPage<Payment>> {
  return newestFirst(em, Payment, { ownerId: caller.userId }, args, PAYMENTS_PAGE, 'requestedAt');
}

/**
 * Whether the caller may see an event's payments: its owner and admins. An event billing has not heard of has
 * no payments, so nothing is given away by answering its (empty) list.
 */
export function seesEventPayments(caller: AuthClaims, event: EventOwner | null): boolean {
  return isAdmin(caller) || !event || event.ownerId === caller.userId;
}
