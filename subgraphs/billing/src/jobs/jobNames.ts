/**
 * Queue names and payloads of the billing subgraph's jobs, apart from their workers so that services can
 * enqueue without importing the workers (and the workers can import services).
 */

/** Writes one bill inquiry into the inquiry history (enqueued by every bill inquiry). */
export const RECORD_BILL_INQUIRY_JOB = 'billing.record-bill-inquiry';
/** Settles a product change whose KOS answer may be missing (enqueued with every request). */
export const RECONCILE_PRODUCT_CHANGE_JOB = 'billing.reconcile-product-change';
/** Settles a payment whose gateway answer may be missing (enqueued with every payment). */
export const RECONCILE_PAYMENT_JOB = 'billing.reconcile-payment';
/** Settles a refund whose gateway answer may be missing (enqueued with every refund). */
export const RECONCILE_REFUND_JOB = 'billing.reconcile-refund';

export interface RecordBillInquiryJob {
  inquiryId: string;
  lineId: string;
  requestedBy: string;
  requesterRole: string;
  kind: 'BILL' | 'BILL_HISTORY';
  month: string;
  months: number;
  source: 'CACHE' | 'KOS' | 'STALE_CACHE' | 'NOT_FOUND' | 'UNAVAILABLE';
  requestedAt: string;
}

export interface ReconcileJob {
  id: string;
}
