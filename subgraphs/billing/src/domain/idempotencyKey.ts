/**
 * Idempotency keys are chosen by clients (a UUID per user action is typical) and scoped to the caller, so a
 * retry of the same action finds the first attempt and nobody can block or probe another user's keys.
 * Short keys collide by accident, so 8 characters is the minimum.
 */
export const IDEMPOTENCY_KEY_MIN_LENGTH = 8;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;
const KEY = /^[A-Za-z0-9_:.-]+$/;

export function idempotencyKeyProblem(key: string): string | null {
  if (key.length < IDEMPOTENCY_KEY_MIN_LENGTH || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    return `An idempotency key has ${IDEMPOTENCY_KEY_MIN_LENGTH} to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters (a UUID is a good one).`;
  }
  return KEY.test(key) ? null : 'An idempotency key may contain letters, digits and - _ : . only.';
}
