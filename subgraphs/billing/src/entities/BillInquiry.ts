import { defineEntity, p } from '@mikro-orm/postgresql';

export const BILL_INQUIRY_KINDS = ['BILL', 'BILL_HISTORY'] as const;
/** Where the answer came from: the cache, KOS, the stale cache while KOS was down, or nowhere. */
export const BILL_INQUIRY_SOURCES = ['CACHE', 'KOS', 'STALE_CACHE', 'NOT_FOUND', 'UNAVAILABLE'] as const;

/**
 * One bill inquiry: who asked for which line's bill, when, and how it was answered (seed 003: 요금조회 이력).
 * Written by a background job from a durable queue entry, never by the request itself (services/inquiryLog.ts);
 * the id is chosen when the inquiry is made, so a redelivered job inserts nothing twice.
 */
export const BillInquirySchema = defineEntity({
  name: 'BillInquiry',
  tableName: 'bill_inquiry',
  properties: {
    id: p.uuid().primary(),
    lineId: p.uuid(),
    requestedBy: p.uuid(),
    requesterRole: p.string().length(16),
    kind: p.enum(BILL_INQUIRY_KINDS),
    /** The billing month asked for (BILL), or the last month of the range (BILL_HISTORY). */
    month: p.string().length(7),
    /** Months asked for (BILL_HISTORY); 1 for a single bill. */
    months: p.integer(),
    source: p.enum(BILL_INQUIRY_SOURCES),
    requestedAt: p.datetime(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ name: 'bill_inquiry_line_id_requested_at_index', properties: ['lineId', 'requestedAt', 'id'] }],
});

export class BillInquiry extends BillInquirySchema.class {}
BillInquirySchema.setClass(BillInquiry);
