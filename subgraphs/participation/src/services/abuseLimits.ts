import { AppError, ErrorCode, type BlindIndex, type KeyValueStore } from '@attendgate/platform';

export interface AbuseLimitSettings {
  phoneLimit: number;
  phoneWindowMs: number;
  addressLimit: number;
  addressWindowMs: number;
}

/**
 * Rate limits on entries, in the shared key-value store so every replica counts the same attempts: per
 * client address (every attempt, even malformed ones: floods are stopped before any work) and per phone
 * number (attempts with a valid number, across events: one number cycling through events is a script).
 * Keys hold keyed hashes, never the address or number itself. Fixed windows: the first attempt starts one.
 * A limit of 0 turns that limit off.
 */
export function createAbuseLimits(kv: KeyValueStore, blindIndex: BlindIndex, settings: AbuseLimitSettings) {
  async function count(kind: string, subject: string, limit: number, windowMs: number) {
    if (limit <= 0) return;
    const key = `participation:entries:${kind}:${blindIndex(`participation.rate.${kind}`, subject)}`;
    const attempts = await kv.increment(key, windowMs);
    if (attempts <= limit) return;
    const ttlMs = (await kv.ttlMs(key)) ?? windowMs;
    const retryAfterSeconds = Math.max(1, Math.ceil(ttlMs / 1000));
    throw new AppError(ErrorCode.RATE_LIMITED, 'Too many entries were attempted; try again later.', { retryAfterSeconds, limit: kind });
  }
  return {
    /** Counts an attempt from this client address; throws RATE_LIMITED over the limit. */
    countAddress: (clientAddress: string | null) =>
      clientAddress ? count('address', clientAddress, settings.addressLimit, settings.addressWindowMs) : Promise.resolve(),
    /** Counts an attempt with this (normalised) phone number; throws RATE_LIMITED over the limit. */
    countPhone: (normalisedPhone: string) => count('phone', normalisedPhone, settings.phoneLimit, settings.phoneWindowMs),
  };
}

export type AbuseLimits = ReturnType<typeof createAbuseLimits>;
