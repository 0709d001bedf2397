/**
 * Queue names and payloads of the users subgraph's jobs, apart from their workers so that services can
 * enqueue without importing the worker (and the worker can import services).
 */

/** Verifies a PENDING store's business number with retries, then settles it. */
export const VERIFY_BUSINESS_NUMBER_JOB = 'users.verify-business-number';

export interface VerifyBusinessNumberJob {
  userId: string;
}
