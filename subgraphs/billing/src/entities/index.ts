import { ProcessedDomainEventSchema } from '@attendgate/platform';
import { BillInquirySchema } from './BillInquiry.ts';
import { EventOwnerSchema } from './EventOwner.ts';
import { LineSchema } from './Line.ts';
import { PaymentSchema } from './Payment.ts';
import { ProductChangeRequestSchema } from './ProductChangeRequest.ts';
import { RefundSchema } from './Refund.ts';

export { Line, LineSchema } from './Line.ts';
export { BillInquiry, BillInquirySchema, BILL_INQUIRY_KINDS, BILL_INQUIRY_SOURCES } from './BillInquiry.ts';
export { ProductChangeRequest, ProductChangeRequestSchema } from './ProductChangeRequest.ts';
export { EventOwner, EventOwnerSchema } from './EventOwner.ts';
export { Payment, PaymentSchema } from './Payment.ts';
export { Refund, RefundSchema } from './Refund.ts';

/** Every entity of the billing subgraph, for the ORM and the migrations (processed events: it consumes some). */
export const entities = [LineSchema, BillInquirySchema, ProductChangeRequestSchema, EventOwnerSchema, PaymentSchema, RefundSchema, ProcessedDomainEventSchema];
