import { createHmac, createSecretKey } from 'node:crypto';

/**
 * A keyed HMAC-SHA256 over a normalised value, used as a lookup and uniqueness index for encrypted fields.
 *
 * Encryption is randomised, so equal plaintexts give different ciphertexts; the index gives equal values equal
 * tokens without storing anything a reader of the database could reverse (the key lives outside it). The
 * purpose is mixed in, so the same value indexed for two purposes gives unrelated tokens.
 */
export function createBlindIndex(key: Buffer) {
  // One KeyObject for the process: handing createHmac a raw Buffer imports the key again on every call.
  const secret = createSecretKey(key);
  return function blindIndex(purpose: string, normalisedValue: string): string {
    return createHmac('sha256', secret).update(purpose).update('\u0000').update(normalisedValue).digest('base64url');
  };
}

export type BlindIndex = ReturnType<typeof createBlindIndex>;
