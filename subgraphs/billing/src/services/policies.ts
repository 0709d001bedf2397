import { createResiliencePolicy, type Logger, type ResiliencePolicy } from '@attendgate/platform';
import { KOS } from '../adapters/kos.ts';
import { PAYMENT_GATEWAY } from '../adapters/paymentGateway.ts';
import type { BillingConfig } from '../config.ts';

/**
 * The resilience policies of billing's two external systems, from configuration. Adapters call through
 * `executeOnce` (timeout and circuit breaker, no retries): reads answer a waiting person within one timeout,
 * and orders and payments must never be sent twice by a retry; background work retries through the job queue.
 */
export function createPolicies(config: BillingConfig, logger: Logger): { kos: ResiliencePolicy; paymentGateway: ResiliencePolicy } {
  const kos = createResiliencePolicy(
    {
      name: KOS,
      timeoutMs: config.BILLING_KOS_TIMEOUT_MS,
      retries: 0,
      retryDelayMs: 0,
      breakerThreshold: config.BILLING_KOS_BREAKER_THRESHOLD,
      breakerWindow: config.BILLING_KOS_BREAKER_WINDOW,
      breakerMinimumCalls: Math.min(config.BILLING_KOS_BREAKER_MINIMUM_CALLS, config.BILLING_KOS_BREAKER_WINDOW),
      breakerHalfOpenAfterMs: config.BILLING_KOS_BREAKER_HALF_OPEN_AFTER_MS,
    },
    logger,
  );
  const paymentGateway = createResiliencePolicy(
    {
      name: PAYMENT_GATEWAY,
      timeoutMs: config.BILLING_PAYMENT_GATEWAY_TIMEOUT_MS,
      retries: 0,
      retryDelayMs: 0,
      breakerThreshold: config.BILLING_PAYMENT_GATEWAY_BREAKER_THRESHOLD,
      breakerWindow: config.BILLING_PAYMENT_GATEWAY_BREAKER_WINDOW,
      breakerMinimumCalls: Math.min(config.BILLING_PAYMENT_GATEWAY_BREAKER_MINIMUM_CALLS, config.BILLING_PAYMENT_GATEWAY_BREAKER_WINDOW),
      breakerHalfOpenAfterMs: config.BILLING_PAYMENT_GATEWAY_BREAKER_HALF_OPEN_AFTER_MS,
    },
    logger,
  );
  return { kos, paymentGateway };
}
