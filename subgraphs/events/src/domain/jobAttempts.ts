/**
 * Job-level retries: a failed run is retried after `delay × 2^n` (1 s, 2 s, 4 s by default: seed 002's
 * exponential backoff), then the job is DEAD. pg-boss schedules the retries; this computes what we show.
 */
export function nextRetryDelayMs(retryDelayMs: number, retriesSoFar: number): number {
  return retryDelayMs * 2 ** retriesSoFar;
}

/** Whether the run that just failed was the last one allowed. */
export function isLastAttempt(retriesSoFar: number, retryLimit: number): boolean {
  return retriesSoFar >= retryLimit;
}

/** Progress is a whole percentage. */
export function progressOf(done: number, total: number): number {
  if (total <= 0) return 100;
  return Math.max(0, Math.min(100, Math.round((done / total) * 100)));
}
