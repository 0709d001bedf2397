import type { KeyValueStore } from '@attendgate/platform';

/** The limit is stated per minute (GATEWAY_RATE_LIMIT_PER_MINUTE). */
export const RATE_LIMIT_WINDOW_MS = 60_000;

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one operation for a client key (`user:<id>`, `ip:<address>`) and says whether it may run. */
  consume(clientKey: string): Promise<RateLimitDecision>;
}

/**
 * A fixed-window counter per client in the shared key-value store, so every gateway replica counts against
 * the same budget. The window starts with the client's first operation (the store's `increment` sets the
 * expiry only then), so later hits cannot extend it. HTTP requests and, later, operations on a graphql-ws
 * socket consume from the same counter.
 *
 * A limit of 0 turns limiting off. If the store cannot be reached the operation is allowed: a Redis outage
 * should slow abusers down less, not take the whole API down.
 */
export function createRateLimiter(options: {
  kv: KeyValueStore;
  limitPerWindow: number;
  windowMs?: number;
  onStoreError?: (error: unknown) => void;
}): RateLimiter {
  const windowMs = options.windowMs ?? RATE_LIMIT_WINDOW_MS;
  return {
    async consume(clientKey) {
      if (options.limitPerWindow === 0) return { allowed: true };
      const key = `ratelimit:${clientKey}`;
      try {
        const count = await options.kv.increment(key, windowMs);
        if (count <= options.limitPerWindow) return { allowed: true };
        const remainingMs = (await options.kv.ttlMs(key)) ?? windowMs;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)) };
      } catch (error) {
        options.onStoreError?.(error);
        return { allowed: true };
      }
    },
  };
}
