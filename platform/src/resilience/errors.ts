import { BrokenCircuitError, BulkheadRejectedError, TaskCancelledError } from 'cockatiel';

/**
 * An external system answered, but not with success. `transient` says whether trying again may help
 * (network faults, timeouts, 5xx, 429); a 4xx is the caller's fault and never retried or counted against
 * the circuit breaker.
 */
export class UpstreamError extends Error {
  readonly system: string;
  readonly status: number | null;
  readonly transient: boolean;
  readonly body: unknown;

  constructor(system: string, message: string, options: { status?: number | null; transient: boolean; body?: unknown; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'UpstreamError';
    this.system = system;
    this.status = options.status ?? null;
    this.transient = options.transient;
    this.body = options.body;
  }
}

/** True for failures that a retry might cure and that should count towards opening a circuit. */
export function isTransientFailure(error: unknown): boolean {
  if (error instanceof UpstreamError) return error.transient;
  if (error instanceof TaskCancelledError) return true;
  return !(error instanceof BrokenCircuitError || error instanceof BulkheadRejectedError);
}

/** True when a call was not even attempted because the system is known to be down or saturated. */
export function isShortCircuit(error: unknown): boolean {
  return error instanceof BrokenCircuitError || error instanceof BulkheadRejectedError;
}

export { BrokenCircuitError, BulkheadRejectedError, TaskCancelledError };
