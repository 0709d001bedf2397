import {
  bulkhead as bulkheadPolicy, circuitBreaker, CircuitState, CountBreaker, ExponentialBackoff, handleWhen,
  noJitterGenerator, retry, timeout, TimeoutStrategy, wrap, type IPolicy,
} from 'cockatiel';
import type { Logger } from '../logging/logger.ts';
import { isTransientFailure } from './errors.ts';
import { registerBreaker } from './breakerRegistry.ts';

/** Settings of a resilience policy; every number has a default from the seeds and can be configured. */
export interface ResilienceOptions {
  /** The external system, for logs and /readyz ("tax-office", "kos"). */
  name: string;
  /** Time one attempt may take before it is abandoned. */
  timeoutMs: number;
  /** Retries after the first attempt (0 = try once). Seed 002: 3, spaced 1 s, 2 s, 4 s. */
  retries: number;
  /** Delay before the first retry; each next one doubles, up to `maxRetryDelayMs`. */
  retryDelayMs: number;
  maxRetryDelayMs?: number;
  /** Share of failed calls, over the last `breakerWindow` calls, that opens the circuit (seed: above 50%). */
  breakerThreshold: number;
  breakerWindow: number;
  /** Calls needed in the window before the breaker may open at all. */
  breakerMinimumCalls: number;
  /** How long an open circuit waits before letting one trial call through. */
  breakerHalfOpenAfterMs: number;
  /** Concurrent calls allowed, and callers allowed to wait for a slot (bulkhead); unset = unlimited. */
  maxConcurrent?: number;
  maxQueued?: number;
}

export interface ResiliencePolicy {
  readonly name: string;
  /** Full policy: bulkhead, retries with exponential backoff, circuit breaker, timeout per attempt. */
  execute<T>(fn: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** One attempt through the same breaker and timeout, for callers that must answer within one timeout. */
  executeOnce<T>(fn: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly state: 'closed' | 'open' | 'half-open' | 'isolated';
}

const STATE_NAMES = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
} as const;

/**
 * Builds the resilience policy every adapter of an external system calls through (cockatiel).
 *
 * Order, outside in: bulkhead (caps concurrency so a slow system cannot take every socket), retry (only for
 * transient failures), circuit breaker (shared by all attempts and by `executeOnce`, so both see the same
 * health), timeout (aggressive: the attempt's AbortSignal fires and the request is cancelled). Breaker changes
 * are logged and visible in /readyz.
 */
export function createResiliencePolicy(options: ResilienceOptions, logger: Logger): ResiliencePolicy {
  const transient = handleWhen(isTransientFailure);
  const breaker = circuitBreaker(transient, {
    halfOpenAfter: options.breakerHalfOpenAfterMs,
    breaker: new CountBreaker({
      threshold: options.breakerThreshold,
      size: options.breakerWindow,
      minimumNumberOfCalls: options.breakerMinimumCalls,
    }),
  });
  const perAttempt = wrap(breaker, timeout(options.timeoutMs, TimeoutStrategy.Aggressive));
  const layers: IPolicy[] = [];
  if (options.maxConcurrent) layers.push(bulkheadPolicy(options.maxConcurrent, options.maxQueued ?? 0));
  if (options.retries > 0) {
    layers.push(
      retry(transient, {
        maxAttempts: options.retries,
        backoff: new ExponentialBackoff({
          generator: noJitterGenerator,
          initialDelay: options.retryDelayMs,
          maxDelay: options.maxRetryDelayMs ?? 30_000,
        }),
      }),
    );
  }
  const full = layers.length ? wrap(...layers, perAttempt) : perAttempt;

  const log = logger.child({ policy: options.name });
  breaker.onStateChange((state) => {
    const level = state === CircuitState.Open ? 'warn' : 'info';
    log[level]({ breaker: STATE_NAMES[state] }, `circuit breaker for ${options.name} is ${STATE_NAMES[state]}`);
  });
  registerBreaker(options.name, () => STATE_NAMES[breaker.state]);

  return {
    name: options.name,
    execute: (fn, signal) => full.execute(({ signal: attemptSignal }) => fn(attemptSignal), signal),
    executeOnce: (fn, signal) => perAttempt.execute(({ signal: attemptSignal }) => fn(attemptSignal), signal),
    get state() {
      return STATE_NAMES[breaker.state];
    },
  };
}
