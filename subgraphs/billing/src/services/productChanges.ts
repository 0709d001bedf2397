import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, isShortCircuit, UpstreamError, type AuthClaims, type JobQueue, type PageArgs } from '@attendgate/platform';
import { kstDayOf } from '../domain/calendar.ts';
import { precheckProductChange } from '../domain/precheck.ts';
import { OPEN_PRODUCT_CHANGE_STATUSES, PRODUCT_CHANGE_FAILURES, type ProductChangeStatus } from '../domain/productChangeStatus.ts';
import type { Subscription } from '../domain/product.ts';
import { ProductChangeRequest, type Line } from '../entities/index.ts';
import { RECONCILE_PRODUCT_CHANGE_JOB, type ReconcileJob } from '../jobs/jobNames.ts';
import { carrierUnavailable } from './access.ts';
import { isUpstreamFailure } from './freshCache.ts';
import { firstRequestSettled, keyReused, requireIdempotencyKey } from './idempotency.ts';
import { lineForCaller } from './lines.ts';
import { newestFirst, type CountedPage } from './pages.ts';
import { catalogue, requireProductCode, type ProductDeps } from './products.ts';
import type { ProductChangeSettlement } from './productChangeSettlement.ts';
import { CONSTRAINTS, violates } from './uniqueConstraints.ts';
import type { PrecheckView } from './views.ts';

export const PRODUCT_CHANGES_PAGE = { defaultSize: 20, maxSize: 100 };

export interface ProductChangeDeps extends ProductDeps {
  orm: MikroORM;
  queue: JobQueue;
  settlement: ProductChangeSettlement;
  kosTimeoutMs: number;
  reconcileAfterMs: number;
}

const isOpen = (request: { status: ProductChangeStatus }) => OPEN_PRODUCT_CHANGE_STATUSES.includes(request.status);

/** The eligibility of a change, asked of KOS now (a pre-check on a cached line would prove nothing). */
async function evaluate(deps: ProductDeps, em: EntityManager, line: Line, productCode: string): Promise<{ view: PrecheckView; subscription: Subscription }> {
  const subscription = await deps.kos.subscription(line.phoneNumber).catch((error: unknown) => {
    throw isUpstreamFailure(error) ? carrierUnavailable() : error;
  });
  if (!subscription) throw AppError.notFound('The line at the carrier');
  const products = await catalogue(deps);
  const current = products.find((product) => product.code === subscription.productCode);
  const target = products.find((product) => product.code === productCode);
  const changeInProgress = (await em.count(ProductChangeRequest, { lineId: line.id, status: { $in: [...OPEN_PRODUCT_CHANGE_STATUSES] } })) > 0;
  const reasons = precheckProductChange({ subscription, current, target, changeInProgress, today: kstDayOf(new Date()) });
  return { view: { line, eligible: reasons.length === 0, reasons, currentProduct: current ?? null, targetProduct: target ?? null }, subscription };
}

/** precheckProductChange: the line's user, operators and admins. */
export async function precheck(deps: ProductDeps, em: EntityManager, caller: AuthClaims, args: { lineId: string; productCode: string }): Promise<PrecheckView> {
  const line = await lineForCaller(em, caller, args.lineId);
  return (await evaluate(deps, em, line, requireProductCode(args.productCode))).view;
}

function notEligible(reasons: { code: string }[]): AppError {
  return new AppError(ErrorCode.PRODUCT_CHANGE_NOT_ELIGIBLE, 'The line cannot change to this plan; see reasons.', { reasons: reasons.map((reason) => reason.code) });
}

/**
 * Changes a line's plan (seed 003, 상품변경: 사전체크 then KOS). Only the line's user may: a plan is their
 * contract. The same key returns the first request; otherwise the pre-check runs again, the request is
 * recorded with its reconciliation job in one transaction, and KOS is asked once. KOS's answer settles it;
 * no answer leaves it PENDING for the job, which looks it up by the request id and never sends it again.
 */
export async function requestProductChange(
  deps: ProductChangeDeps,
  em: EntityManager,
  caller: AuthClaims,
  args: { lineId: string; productCode: string; idempotencyKey: string },
): Promise<ProductChangeRequest> {
  const idempotencyKey = requireIdempotencyKey(args.idempotencyKey);
  const productCode = requireProductCode(args.productCode);
  const line = await lineForCaller(em, caller, args.lineId);
  if (line.userId !== caller.userId) throw AppError.forbidden("Only the line's subscriber can change its plan.");

  const sameRequest = (request: ProductChangeRequest) => {
    if (request.lineId !== line.id || request.toProductCode !== productCode) throw keyReused();
    return request;
  };
  const load = () => deps.orm.em.fork().findOne(ProductChangeRequest, { requestedBy: caller.userId, idempotencyKey });
  const earlier = await load();
  if (earlier) return sameRequest(earlier);

  const { view, subscription } = await evaluate(deps, em, line, productCode);
  if (!view.eligible) {
    // A concurrent duplicate may have recorded its request meanwhile (and made this one "in progress").
    const duplicate = await load();
    if (duplicate) return sameRequest(await firstRequestSettled(load, isOpen, deps.kosTimeoutMs + 1_000));
    throw notEligible(view.reasons);
  }

  let request: ProductChangeRequest;
  try {
    request = await em.transactional(async (tx) => {
      const created = tx.create(ProductChangeRequest, {
        id: randomUUID(), lineId: line.id, userId: line.userId, requestedBy: caller.userId, idempotencyKey,
        fromProductCode: subscription.productCode, toProductCode: productCode, status: 'REQUESTED',
        requestedAt: new Date(), updatedAt: new Date(),
      });
      await deps.queue.sendInTransaction<ReconcileJob>(tx, RECONCILE_PRODUCT_CHANGE_JOB, { id: created.id }, { startAfter: new Date(Date.now() + deps.reconcileAfterMs) });
      await tx.flush();
      return created;
    });
  } catch (error) {
    if (!violates(error, CONSTRAINTS.productChangeIdempotency) && !violates(error, CONSTRAINTS.productChangeOnePerLine)) throw error;
    // Whichever constraint fired, a row under this key means a concurrent duplicate; none means another change.
    if (!(await load())) throw notEligible([{ code: 'CHANGE_IN_PROGRESS' }]);
    return sameRequest(await firstRequestSettled(load, isOpen, deps.kosTimeoutMs + 1_000));
  }
  await submit(deps, request, line.phoneNumber);
  return (await load())!;
}

/** The one submission of a request to KOS; what KOS answers (or does not) decides the status. */
async function submit(deps: ProductChangeDeps, request: ProductChangeRequest, lineNumber: string): Promise<void> {
  try {
    await deps.settlement.settle(request.id, await deps.kos.submitProductChange(request.id, lineNumber, request.toProductCode));
  } catch (error) {
    if (isShortCircuit(error)) return deps.settlement.settle(request.id, { kind: 'failed', ...PRODUCT_CHANGE_FAILURES.KOS_UNAVAILABLE });
    if (error instanceof UpstreamError && error.status !== null && error.status >= 400 && error.status < 500) {
      return deps.settlement.settle(request.id, { kind: 'failed', ...PRODUCT_CHANGE_FAILURES.KOS_REFUSED_REQUEST });
    }
    if (!isUpstreamFailure(error)) throw error;
    // Sent, but no answer: KOS may or may not have applied it. Only a look-up can tell.
    await deps.settlement.markPending(request.id);
  }
}

/** A line's plan-change requests, newest first. */
export async function productChangesOf(em: EntityManager, caller: AuthClaims, args: PageArgs & { lineId: string }): Promise<CountedPage<ProductChangeRequest>> {
  const line = await lineForCaller(em, caller, args.lineId);
  return newestFirst(em, ProductChangeRequest, { lineId: line.id }, args, PRODUCT_CHANGES_PAGE, 'requestedAt');
}
