import { defineEntity, p } from '@mikro-orm/postgresql';
import { PRODUCT_CHANGE_STATUSES } from '../domain/productChangeStatus.ts';

/**
 * A request to change a line's plan at KOS. Its id is the request id KOS records (`extReqId`), which is how
 * reconciliation finds out what happened to a request whose answer never came.
 *
 * Two named constraints carry the rules under concurrency: one request per caller and idempotency key (a
 * retry finds the first), and at most one open (REQUESTED or PENDING) request per line.
 */
export const ProductChangeRequestSchema = defineEntity({
  name: 'ProductChangeRequest',
  tableName: 'product_change_request',
  properties: {
    id: p.uuid().primary(),
    lineId: p.uuid(),
    /** The line's user when the request was made (the event's `userId`). */
    userId: p.uuid(),
    requestedBy: p.uuid(),
    idempotencyKey: p.string().length(100),
    fromProductCode: p.string().length(40),
    toProductCode: p.string().length(40),
    status: p.enum(PRODUCT_CHANGE_STATUSES),
    /** KOS's order number once the change is applied. */
    kosReference: p.string().length(40).nullable(),
    /** KOS's rejection code (E3001 …) or one of ours (domain/productChangeStatus.ts). */
    failureCode: p.string().length(40).nullable(),
    failureMessage: p.string().length(300).nullable(),
    requestedAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    completedAt: p.datetime().nullable(),
  },
  uniques: [
    { name: 'product_change_request_idempotency_unique', properties: ['requestedBy', 'idempotencyKey'] },
    { name: 'product_change_request_one_open_per_line', properties: ['lineId'], where: `status in ('REQUESTED', 'PENDING')` },
  ],
  indexes: [{ name: 'product_change_request_line_id_requested_at_index', properties: ['lineId', 'requestedAt', 'id'] }],
});

export class ProductChangeRequest extends ProductChangeRequestSchema.class {}
ProductChangeRequestSchema.setClass(ProductChangeRequest);
