import { AppError, ErrorCode } from '@attendgate/platform';
import { idempotencyKeyProblem } from '../domain/idempotencyKey.ts';

/** The key, or BAD_USER_INPUT naming it. */
export function requireIdempotencyKey(key: string): string {
  const problem = idempotencyKeyProblem(key);
  if (problem) throw AppError.badInput(problem, 'idempotencyKey');
  return key;
}

/** A key the caller already used for something else: refusing is safer than guessing which was meant. */
export function keyReused(): AppError {
  return new AppError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was already used for a different request; use a new key for a new request.', { field: 'idempotencyKey' });
}

/** How often a duplicate request looks again at the first one while it is still being sent. */
const POLL_MS = 50;

/**
 * When two requests with one key race, the database lets one insert its row and refuses the other. The loser
 * waits (up to `timeoutMs`, about one upstream timeout) for the winner's upstream call to settle, so that both
 * callers get the same answer in the usual case; after that it returns the row as it stands (PENDING, say).
 */
export async function firstRequestSettled<T>(load: () => Promise<T | null>, isOpen: (row: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await load();
    if (!row) throw new Error('the request that holds this idempotency key is gone');
    if (!isOpen(row) || Date.now() >= deadline) return row;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
