import { randomBytes } from 'node:crypto';
import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';

/** argon2id (@node-rs/argon2's `Algorithm.Argon2id`; its const enum cannot be imported under type stripping). */
const ARGON2ID = 2 as Algorithm;

export interface Argon2Parameters {
  memoryKib: number;
  iterations: number;
  parallelism: number;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a malformed stored hash (never throws on bad input). */
  verify(storedHash: string, password: string): Promise<boolean>;
  /**
   * Spends the same time as a real verification and returns false: used when the e-mail is unknown, so that
   * "no such account" and "wrong password" cannot be told apart by response time.
   */
  verifyNothing(password: string): Promise<false>;
  /** True when a stored hash was made with other parameters than today's (re-hash it after a good login). */
  needsRehash(storedHash: string): boolean;
}

/** argon2id with the configured parameters (OWASP defaults: m=19456 KiB, t=2, p=1). */
export async function createPasswordHasher(parameters: Argon2Parameters): Promise<PasswordHasher> {
  const options: Options = {
    algorithm: ARGON2ID,
    memoryCost: parameters.memoryKib,
    timeCost: parameters.iterations,
    parallelism: parameters.parallelism,
  };
  // A hash of a random secret nobody knows, with today's parameters, so the dummy check costs the same.
  const dummyHash = await hash(randomBytes(32).toString('base64url'), options);
  return {
    hash: (password) => hash(password, options),
    async verify(storedHash, password) {
      try {
        return await verify(storedHash, password);
      } catch {
        return false;
      }
    },
    async verifyNothing(password) {
      await verify(dummyHash, password).catch(() => false);
      return false;
    },
    needsRehash(storedHash) {
      try {
        const used = parseOptions(storedHash);
        return used.algorithm !== ARGON2ID || used.memoryCost !== options.memoryCost || used.timeCost !== options.timeCost || used.parallelism !== options.parallelism;
      } catch {
        return true;
      }
    },
  };
}
