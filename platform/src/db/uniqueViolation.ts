import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppError } from '../errors/AppError.ts';

/**
 * Turns a unique-constraint violation into a CONFLICT naming the field, using the constraint names the
 * migrations created. The database constraint is what makes duplicates impossible under concurrency; the
 * service's earlier checks only give the common case a friendlier path.
 */
export function conflictFromUniqueViolation(
  error: unknown,
  constraints: Record<string, { field: string; message: string }>,
): AppError | undefined {
  if (!(error instanceof UniqueConstraintViolationException)) return undefined;
  const text = `${error.message} ${String((error as { constraint?: unknown }).constraint ?? '')}`;
  for (const [constraint, { field, message }] of Object.entries(constraints)) {
    if (text.includes(constraint)) return AppError.conflict(message, field);
  }
  return AppError.conflict('This record already exists.');
}
