import type { MikroORM } from '@mikro-orm/postgresql';
import type { DomainEventPublisher, Logger } from '@attendgate/platform';
import type { Kos, OrderOutcome } from '../adapters/kos.ts';
import { OPEN_PRODUCT_CHANGE_STATUSES, PRODUCT_CHANGE_FAILURES } from '../domain/productChangeStatus.ts';
import { ProductChangeRequest } from '../entities/index.ts';
import { reconcileByLookup } from './reconcileByLookup.ts';

export type ProductChangeOutcome = OrderOutcome | { kind: 'failed'; code: string; message: string };

export interface ProductChangeSettlement {
  /** Records KOS's answer (or our failure), once: only an open request moves, so two settlers cannot both win. */
  settle(id: string, outcome: ProductChangeOutcome): Promise<void>;
  /** REQUESTED → PENDING: sent, no answer. */
  markPending(id: string): Promise<void>;
  /** The reconciliation job's work for one request. Throws to be retried later. */
  reconcile(id: string): Promise<void>;
}

/**
 * Settles product-change requests, from the request itself or from its reconciliation job, whichever comes
 * first. Every transition is a conditional update from an open status, in a transaction that also publishes
 * ProductChangeCompleted when the change completed: the event goes out once, with the change, or not at all.
 */
export function createProductChangeSettlement(deps: {
  orm: MikroORM;
  kos: Kos;
  events: DomainEventPublisher;
  logger: Logger;
  notReceivedAfterMs: number;
}): ProductChangeSettlement {
  const { orm, kos, events } = deps;

  async function settle(id: string, outcome: ProductChangeOutcome): Promise<void> {
    await orm.em.fork().transactional(async (tx) => {
      const now = new Date();
      const changed = outcome.kind === 'completed'
        ? await tx.nativeUpdate(ProductChangeRequest, { id, status: { $in: [...OPEN_PRODUCT_CHANGE_STATUSES] } }, {
          status: 'COMPLETED', kosReference: outcome.kosReference, completedAt: outcome.completedAt, updatedAt: now,
        })
        : await tx.nativeUpdate(ProductChangeRequest, { id, status: { $in: [...OPEN_PRODUCT_CHANGE_STATUSES] } }, {
          status: 'FAILED', failureCode: outcome.code, failureMessage: outcome.message.slice(0, 300), updatedAt: now,
        });
      if (changed !== 1 || outcome.kind !== 'completed') return;
      const request = await tx.findOneOrFail(ProductChangeRequest, { id });
      await events.publish(tx, 'ProductChangeCompleted', {
        requestId: request.id, lineId: request.lineId, userId: request.userId, fromProductCode: request.fromProductCode,
        toProductCode: request.toProductCode, kosReference: outcome.kosReference, completedAt: outcome.completedAt.toISOString(),
      });
    });
  }

  return {
    settle,
    async markPending(id) {
      await orm.em.fork().nativeUpdate(ProductChangeRequest, { id, status: 'REQUESTED' }, { status: 'PENDING', updatedAt: new Date() });
    },
    async reconcile(id) {
      const request = await orm.em.fork().findOne(ProductChangeRequest, { id });
      if (!request || !OPEN_PRODUCT_CHANGE_STATUSES.includes(request.status)) return;
      await reconcileByLookup({
        requestedAt: request.requestedAt,
        lookUp: () => kos.productChangeOrder(id),
        settle: (outcome) => settle(id, outcome),
        neverReceived: () => {
          deps.logger.warn({ requestId: id }, 'KOS never received a product change; marking it failed');
          return settle(id, { kind: 'failed', ...PRODUCT_CHANGE_FAILURES.NOT_RECEIVED });
        },
        notReceivedAfterMs: deps.notReceivedAfterMs,
        what: `KOS has no record of product change ${id}`,
      });
    },
  };
}
