import type { MikroORM } from '@mikro-orm/postgresql';
import { isShortCircuit, UpstreamError, type DomainEventPublisher, type Logger } from '@attendgate/platform';
import type { PaymentGateway, RefundOutcome } from '../adapters/paymentGateway.ts';
import { Payment, Refund } from '../entities/index.ts';
import { isUpstreamFailure } from './freshCache.ts';

export interface RefundSettlement {
  /** The request's one call to the gateway; an unknown outcome leaves the refund PENDING for the job. */
  send(id: string): Promise<void>;
  /** The reconciliation job's work: resends a refund still open, under the same idempotency key. */
  reconcile(id: string): Promise<void>;
}

const OPEN = { $in: ['REQUESTED', 'PENDING'] as ('REQUESTED' | 'PENDING')[] };

/**
 * Settles refunds. A refund's id is its idempotency key at the gateway, so reconciliation simply sends it
 * again: a refund the gateway already made is answered, not made twice, and one it never received is made
 * now (the money was promised to the customer either way; the amount stays reserved meanwhile). Completing
 * moves the reserved amount to refunded and publishes PaymentRefunded in one transaction; a refusal releases
 * the reservation.
 */
export function createRefundSettlement(deps: { orm: MikroORM; gateway: PaymentGateway; events: DomainEventPublisher; logger: Logger }): RefundSettlement {
  const { orm, gateway, events } = deps;

  async function settle(id: string, outcome: RefundOutcome): Promise<void> {
    await orm.em.fork().transactional(async (tx) => {
      const refund = await tx.findOneOrFail(Refund, { id });
      const updatedAt = new Date();
      if (outcome.kind === 'refused') {
        const changed = await tx.nativeUpdate(Refund, { id, status: OPEN }, { status: 'FAILED', failureCode: outcome.code, failureMessage: outcome.message.slice(0, 300), updatedAt });
        if (changed === 1) await tx.execute('update "billing"."payment" set refunding_krw = refunding_krw - ?, updated_at = now() where id = ?', [refund.amountKrw, refund.paymentId], 'run');
        return;
      }
      const changed = await tx.nativeUpdate(Refund, { id, status: OPEN }, { status: 'COMPLETED', gatewayTransactionKey: outcome.transactionKey, completedAt: outcome.refundedAt, updatedAt });
      if (changed !== 1) return;
      await tx.execute(
        `update "billing"."payment" set refunding_krw = refunding_krw - ?, refunded_krw = refunded_krw + ?, updated_at = now(),
          status = case when refunded_krw + ? >= amount_krw then 'REFUNDED' else 'PARTIALLY_REFUNDED' end where id = ?`,
        [refund.amountKrw, refund.amountKrw, refund.amountKrw, refund.paymentId],
        'run',
      );
      const payment = await tx.findOneOrFail(Payment, { id: refund.paymentId }, { refresh: true });
      await events.publish(tx, 'PaymentRefunded', {
        paymentId: payment.id, refundId: refund.id, eventId: payment.eventId, ownerId: payment.ownerId, amountKrw: refund.amountKrw,
        remainingKrw: payment.amountKrw - payment.refundedKrw, refundedAt: outcome.refundedAt.toISOString(),
      });
    });
  }

  async function call(id: string): Promise<RefundOutcome | null> {
    const refund = await orm.em.fork().findOne(Refund, { id });
    if (!refund || (refund.status !== 'REQUESTED' && refund.status !== 'PENDING')) return null;
    const payment = await orm.em.fork().findOneOrFail(Payment, { id: refund.paymentId });
    return gateway.refund({ paymentKey: payment.gatewayPaymentKey!, amountKrw: refund.amountKrw, reason: refund.reason, idempotencyKey: refund.id });
  }

  /** A failure after which the gateway certainly did not refund: nothing was sent, or the request was refused. */
  const notSent = (error: unknown) => isShortCircuit(error) || (error instanceof UpstreamError && error.status !== null && error.status >= 400 && error.status < 500);

  return {
    async send(id) {
      try {
        const outcome = await call(id);
        if (outcome) await settle(id, outcome);
      } catch (error) {
        if (notSent(error)) return settle(id, { kind: 'refused', code: isShortCircuit(error) ? 'GATEWAY_UNAVAILABLE' : 'GATEWAY_REFUSED_REQUEST', message: 'The payment gateway did not take the refund; nothing was refunded.' });
        if (!isUpstreamFailure(error)) throw error;
        await orm.em.fork().nativeUpdate(Refund, { id, status: 'REQUESTED' }, { status: 'PENDING', updatedAt: new Date() });
      }
    },
    async reconcile(id) {
      const outcome = await call(id);
      if (outcome) await settle(id, outcome);
    },
  };
}
