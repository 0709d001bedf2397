import { UniqueConstraintViolationException } from '@mikro-orm/core';

/**
 * The unique constraints of the billing schema (named in the migration). Checks before inserting give the
 * common case its answer early; these names tell the race that slips past a check what it collided with.
 */
export const CONSTRAINTS = {
  linePhoneNumber: 'line_phone_number_unique',
  productChangeIdempotency: 'product_change_request_idempotency_unique',
  productChangeOnePerLine: 'product_change_request_one_open_per_line',
  paymentIdempotency: 'payment_idempotency_unique',
  refundIdempotency: 'refund_idempotency_unique',
} as const;

/** True when `error` is a violation of the named unique constraint. */
export function violates(error: unknown, constraint: string): boolean {
  if (!(error instanceof UniqueConstraintViolationException)) return false;
  return `${error.message} ${String((error as { constraint?: unknown }).constraint ?? '')}`.includes(constraint);
}
