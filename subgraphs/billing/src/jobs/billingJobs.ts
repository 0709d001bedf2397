import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@attendgate/platform';
import type { BillingConfig } from '../config.ts';
import type { BillingServices } from '../services/index.ts';
import {
  RECONCILE_PAYMENT_JOB, RECONCILE_PRODUCT_CHANGE_JOB, RECONCILE_REFUND_JOB, RECORD_BILL_INQUIRY_JOB,
  type ReconcileJob, type RecordBillInquiryJob,
} from './jobNames.ts';

/** pg-boss counts retry delays in whole seconds. */
const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

/**
 * The billing subgraph's workers.
 *
 * - Inquiry records: one insert each, idempotent by the inquiry id; retried a few times, then dead-lettered
 *   (an operator redrives them; nothing is lost).
 * - Reconciliation of product changes, payments and refunds: each is enqueued with its request, in the same
 *   transaction, to run after the request has certainly ended. It does nothing when the request settled by
 *   itself; otherwise it looks the outcome up (or, for refunds, resends under the same idempotency key) and
 *   throws while the outcome is not yet known, so pg-boss retries it with backoff, then dead-letters it.
 */
export function billingJobs(deps: { orm: MikroORM; services: BillingServices; config: BillingConfig }): JobDefinition<object>[] {
  const { orm, services, config } = deps;
  const reconcile = (name: string, work: (id: string) => Promise<void>): JobDefinition<ReconcileJob> => ({
    name,
    retryLimit: config.BILLING_RECONCILE_RETRIES,
    retryDelaySeconds: seconds(config.BILLING_RECONCILE_RETRY_DELAY_MS),
    expireInSeconds: seconds(Math.max(config.BILLING_KOS_TIMEOUT_MS, config.BILLING_PAYMENT_GATEWAY_TIMEOUT_MS) * 3) + 60,
    concurrency: 2,
    handler: ({ id }) => work(id),
  });
  const record: JobDefinition<RecordBillInquiryJob> = {
    name: RECORD_BILL_INQUIRY_JOB,
    retryLimit: 5,
    retryDelaySeconds: 1,
    // One insert each: two at a time keep up with far more inquiries than a carrier serves, without
    // taking CPU from the answers themselves.
    concurrency: 2,
    handler: (job) => services.recordInquiry(orm.em.fork(), job),
  };
  return [
    record,
    reconcile(RECONCILE_PRODUCT_CHANGE_JOB, services.reconcileProductChange),
    reconcile(RECONCILE_PAYMENT_JOB, services.reconcilePayment),
    reconcile(RECONCILE_REFUND_JOB, services.reconcileRefund),
  ] as JobDefinition<object>[];
}
