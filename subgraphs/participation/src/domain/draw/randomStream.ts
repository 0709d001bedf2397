import { createHmac } from 'node:crypto';

/**
 * A deterministic, cryptographic-quality random stream for the winner draw: block i is
 * HMAC-SHA256(key, i as a 64-bit big-endian counter), the construction of the NIST SP 800-108 counter-mode
 * KDF. Anyone holding the key reproduces the same stream, which is what lets verifyDraw recompute a draw;
 * nobody without it can predict a single bit (HMAC-SHA256 is a PRF).
 *
 * Why not crypto.randomInt: its numbers cannot be replayed, so a draw made with it could never be checked.
 * The seed is crypto.randomBytes, committed before the draw; this stream only expands it. Integers are taken
 * from the stream with the same rejection sampling crypto.randomInt uses, so there is no modulo bias.
 */
export interface RandomStream {
  /** The next 32 bits of the stream as an unsigned integer. */
  nextUint32(): number;
}

const BLOCK_BYTES = 32;

export function createRandomStream(key: Buffer): RandomStream {
  let counter = 0n;
  let block = Buffer.alloc(0);
  let offset = BLOCK_BYTES;
  return {
    nextUint32() {
      if (offset + 4 > block.length) {
        const counterBytes = Buffer.alloc(8);
        counterBytes.writeBigUInt64BE(counter);
        counter += 1n;
        block = createHmac('sha256', key).update(counterBytes).digest();
        offset = 0;
      }
      const value = block.readUInt32BE(offset);
      offset += 4;
      return value;
    },
  };
}

/**
 * A uniform integer in [0, n) from a source of uniform `bits`-bit integers, by rejection sampling: values
 * at or above the largest multiple of n below 2^bits are thrown away and drawn again, so every result has
 * exactly the same number of source values mapping to it (plain `value % n` would favour small results
 * whenever 2^bits is not a multiple of n). At most half the values are ever rejected, so the expected number
 * of draws is below two. `bits` is a parameter so tests can prove exact uniformity over a whole 8-bit source.
 */
export function uniformBelow(n: number, next: () => number, bits = 32): number {
  const range = 2 ** bits;
  if (!Number.isSafeInteger(n) || n < 1 || n > range) throw new RangeError(`uniformBelow needs 1 <= n <= 2^${bits}, got ${n}`);
  const limit = range - (range % n);
  for (;;) {
    const value = next();
    if (value < limit) return value % n;
  }
}
