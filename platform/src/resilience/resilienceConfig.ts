import { z } from 'zod';
import { env } from '../config/fields.ts';
import type { ResilienceOptions } from './policy.ts';

/** The seed's numbers for every external call (seed 002: 3 retries, 1 s/2 s/4 s, breaker above 50%). */
export interface ResilienceDefaults {
  timeoutMs: number;
  retries?: number;
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  breakerThreshold?: number;
  breakerWindow?: number;
  breakerMinimumCalls?: number;
  breakerHalfOpenAfterMs?: number;
}

/**
 * The environment variables of one resilience policy, `<PREFIX>_TIMEOUT_MS`, `<PREFIX>_RETRIES`,
 * `<PREFIX>_RETRY_DELAY_MS`, `<PREFIX>_MAX_RETRY_DELAY_MS`, `<PREFIX>_BREAKER_THRESHOLD`, `_BREAKER_WINDOW`,
 * `_BREAKER_MINIMUM_CALLS` and `_BREAKER_HALF_OPEN_AFTER_MS`, with the seed's numbers as defaults. Spread it
 * into a subgraph's config shape; `resilienceOptions` reads the values back. One spelling for every adapter.
 */
type ResilienceSetting =
  | 'TIMEOUT_MS' | 'RETRIES' | 'RETRY_DELAY_MS' | 'MAX_RETRY_DELAY_MS' | 'BREAKER_THRESHOLD' | 'BREAKER_WINDOW' | 'BREAKER_MINIMUM_CALLS'
  | 'BREAKER_HALF_OPEN_AFTER_MS';
export type ResilienceConfigShape<Prefix extends string> = Record<`${Prefix}_${ResilienceSetting}`, z.ZodType<number>>;

export function resilienceConfigShape<const Prefix extends string>(prefix: Prefix, defaults: ResilienceDefaults): ResilienceConfigShape<Prefix> {
  return {
    [`${prefix}_TIMEOUT_MS`]: env.ms(defaults.timeoutMs),
    [`${prefix}_RETRIES`]: env.count(defaults.retries ?? 3),
    [`${prefix}_RETRY_DELAY_MS`]: env.ms(defaults.retryDelayMs ?? 1_000),
    [`${prefix}_MAX_RETRY_DELAY_MS`]: env.ms(defaults.maxRetryDelayMs ?? 4_000),
    [`${prefix}_BREAKER_THRESHOLD`]: z.coerce.number().gt(0).lt(1).default(defaults.breakerThreshold ?? 0.5),
    [`${prefix}_BREAKER_WINDOW`]: z.coerce.number().int().min(1).default(defaults.breakerWindow ?? 10),
    [`${prefix}_BREAKER_MINIMUM_CALLS`]: z.coerce.number().int().min(1).default(defaults.breakerMinimumCalls ?? 5),
    [`${prefix}_BREAKER_HALF_OPEN_AFTER_MS`]: env.ms(defaults.breakerHalfOpenAfterMs ?? 30_000),
  } as unknown as ResilienceConfigShape<Prefix>;
}

/** The policy options from a config loaded with `resilienceConfigShape(prefix, …)`. */
export function resilienceOptions(name: string, config: object, prefix: string): ResilienceOptions {
  const value = (suffix: string) => {
    const read = (config as Record<string, unknown>)[`${prefix}_${suffix}`];
    if (typeof read !== 'number') throw new Error(`${prefix}_${suffix} is not in the configuration (spread resilienceConfigShape("${prefix}") into the shape)`);
    return read;
  };
  const window = value('BREAKER_WINDOW');
  return {
    name,
    timeoutMs: value('TIMEOUT_MS'),
    retries: value('RETRIES'),
    retryDelayMs: value('RETRY_DELAY_MS'),
    maxRetryDelayMs: value('MAX_RETRY_DELAY_MS'),
    breakerThreshold: value('BREAKER_THRESHOLD'),
    breakerWindow: window,
    breakerMinimumCalls: Math.min(value('BREAKER_MINIMUM_CALLS'), window),
    breakerHalfOpenAfterMs: value('BREAKER_HALF_OPEN_AFTER_MS'),
  };
}
