import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** An unguessable opaque token (refresh tokens, seeds): 256 bits, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256Hex(value: string | Buffer): string {
  // The one-shot `hash` (Node 21.7+): no Hash object per call. Request signing hashes three values on every
  // subgraph request, on both sides.
  return hash('sha256', value, 'hex');
}

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
