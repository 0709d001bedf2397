import { isShortCircuit, type KeyValueStore, type Logger } from '@attendgate/platform';
import type { TaxOffice } from '../adapters/taxOffice.ts';
import { isBusinessStatus, type BusinessStatus } from '../domain/businessStatus.ts';

/**
 * Purpose string of business numbers: the blind index's purpose and the cipher's associated data, so a
 * ciphertext copied into another column does not decrypt and the index means nothing elsewhere.
 */
export const BUSINESS_NUMBER_PURPOSE = 'users.business_number';

/** The tax office's answer, or why there is none (it failed, or the open circuit did not even ask). */
export type TaxOfficeAnswer =
  | { answered: true; status: BusinessStatus; fromCache: boolean }
  | { answered: false; reason: 'circuit-open' | 'failed' };

export interface BusinessVerification {
  /** For sign-up: the cache, else one attempt (the caller never waits longer than one timeout). */
  askOnce(businessNumber: string, blindIndex: string): Promise<TaxOfficeAnswer>;
  /** For the background job: the cache, else attempts with retries and backoff. */
  askWithRetries(businessNumber: string, blindIndex: string): Promise<TaxOfficeAnswer>;
}

/**
 * Asks the tax office about business numbers, cache-aside (seed 002): answers are kept in the key-value store
 * for `cacheTtlMs`, keyed by the number's blind index (the plain number never reaches Redis). Only definite
 * answers are cached; failures are not. A broken cache is treated as a miss: it must not stop a sign-up.
 */
export function createBusinessVerification(deps: { taxOffice: TaxOffice; kv: KeyValueStore; cacheTtlMs: number; logger: Logger }): BusinessVerification {
  const { taxOffice, kv, cacheTtlMs, logger } = deps;
  const cacheKey = (blindIndex: string) => `users:business-status:${blindIndex}`;

  async function cached(blindIndex: string): Promise<BusinessStatus | null> {
    try {
      const value = await kv.get(cacheKey(blindIndex));
      return isBusinessStatus(value) ? value : null;
    } catch (error) {
      logger.warn({ err: error }, 'business-status cache unavailable; asking the tax office');
      return null;
    }
  }

  async function remember(blindIndex: string, status: BusinessStatus): Promise<void> {
    try {
      await kv.set(cacheKey(blindIndex), status, cacheTtlMs);
    } catch (error) {
      logger.warn({ err: error }, 'could not cache a business status');
    }
  }

  async function ask(ask: () => Promise<BusinessStatus>, blindIndex: string): Promise<TaxOfficeAnswer> {
    const known = await cached(blindIndex);
    if (known) return { answered: true, status: known, fromCache: true };
    try {
      const status = await ask();
      await remember(blindIndex, status);
      return { answered: true, status, fromCache: false };
    } catch (error) {
      const reason = isShortCircuit(error) ? 'circuit-open' : 'failed';
      logger.warn({ err: error, reason, breaker: taxOffice.breakerState }, 'tax office gave no answer');
      return { answered: false, reason };
    }
  }

  return {
    askOnce: (businessNumber, blindIndex) => ask(() => taxOffice.statusOnce(businessNumber), blindIndex),
    askWithRetries: (businessNumber, blindIndex) => ask(() => taxOffice.statusWithRetries(businessNumber), blindIndex),
  };
}
