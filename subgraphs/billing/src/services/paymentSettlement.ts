import type { MikroORM } from '@mikro-orm/postgresql';
import type { DomainEventPublisher, Logger } from '@attendgate/platform';
import type { PaymentGateway, PaymentOutcome } from '../adapters/paymentGateway.ts';
import { OPEN_PAYMENT_STATUSES, PAYMENT_FAILURES } from '../domain/payment.ts';
import { Payment } from '../entities/index.ts';
import { reconcileByLookup } from './reconcileByLookup.ts';

export type PaymentSettlementOutcome = PaymentOutcome | { kind: 'failed'; code: string; message: string };

export interface PaymentSettlement {
  settle(id: string, outcome: PaymentSettlementOutcome): Promise<void>;
  markPending(id: string): Promise<void>;
  /** The reconciliation job's work: looks the payment up at the gateway by its order id. */
  reconcile(id: string): Promise<void>;
}

/**
 * Settles payments once, from the request or its reconciliation job: conditional updates from an open status,
 * and PaymentCompleted published in the same transaction as the approval.
 */
export function createPaymentSettlement(deps: {
  orm: MikroORM;
  gateway: PaymentGateway;
  events: DomainEventPublisher;
  logger: Logger;
  notReceivedAfterMs: number;
}): PaymentSettlement {
  const { orm, gateway, events } = deps;
  const open = { $in: [...OPEN_PAYMENT_STATUSES] };

  async function settle(id: string, outcome: PaymentSettlementOutcome): Promise<void> {
    await orm.em.fork().transactional(async (tx) => {
      const updatedAt = new Date();
      if (outcome.kind !== 'approved') {
        await tx.nativeUpdate(Payment, { id, status: open }, {
          status: outcome.kind === 'declined' ? 'DECLINED' : 'FAILED', declineCode: outcome.code, declineMessage: outcome.message.slice(0, 300), updatedAt,
        });
        return;
      }
      const changed = await tx.nativeUpdate(Payment, { id, status: open }, {
        status: 'APPROVED', gatewayPaymentKey: outcome.paymentKey, approvalNumber: outcome.approvalNumber, approvedAt: outcome.approvedAt, updatedAt,
      });
      if (changed !== 1) return;
      const payment = await tx.findOneOrFail(Payment, { id });
      await events.publish(tx, 'PaymentCompleted', {
        paymentId: payment.id, eventId: payment.eventId, ownerId: payment.ownerId, amountKrw: payment.amountKrw, method: payment.method,
        purpose: payment.purpose, gatewayReference: outcome.paymentKey, approvedAt: outcome.approvedAt.toISOString(),
      });
    });
  }

  return {
    settle,
    async markPending(id) {
      await orm.em.fork().nativeUpdate(Payment, { id, status: 'REQUESTED' }, { status: 'PENDING', updatedAt: new Date() });
    },
    async reconcile(id) {
      const payment = await orm.em.fork().findOne(Payment, { id });
      if (!payment || !OPEN_PAYMENT_STATUSES.includes(payment.status)) return;
      await reconcileByLookup({
        requestedAt: payment.requestedAt,
        lookUp: () => gateway.paymentByOrderId(id),
        settle: (outcome) => settle(id, outcome),
        neverReceived: () => {
          deps.logger.warn({ paymentId: id }, 'the payment gateway never received a payment; marking it failed');
          return settle(id, { kind: 'failed', ...PAYMENT_FAILURES.NOT_RECEIVED });
        },
        notReceivedAfterMs: deps.notReceivedAfterMs,
        what: `the payment gateway has no record of payment ${id}`,
      });
    },
  };
}
