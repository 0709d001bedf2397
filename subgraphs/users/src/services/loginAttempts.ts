import type { KeyValueStore } from '@attendgate/platform';
import { lockAfterFailure, lockStateAt, type LockoutPolicy, type LockState } from '../domain/lockout.ts';

export interface LoginAttempts {
  lockState(subject: string, now: Date): Promise<LockState>;
  /** Counts a failure; returns the end of the lock when this failure locked the account (or it was already). */
  recordFailure(subject: string, now: Date): Promise<{ lockedUntil: Date | null }>;
  /** A successful login forgets earlier failures. */
  reset(subject: string): Promise<void>;
}

/**
 * Failed-login counters and locks in the shared key-value store (Redis), so every replica counts the same
 * failures and a lock holds wherever the next attempt lands. The counter is an atomic increment, so
 * concurrent attempts (or several aliased `login` fields in one request) each count.
 *
 * The subject is a keyed hash of the normalised e-mail, not the user id: unknown addresses lock exactly like
 * real ones, so the lock reveals nothing about which addresses have accounts.
 */
export function createLoginAttempts(kv: KeyValueStore, policy: LockoutPolicy & { failureWindowMs: number }): LoginAttempts {
  const lockKey = (subject: string) => `users:login-lock:${subject}`;
  const failuresKey = (subject: string) => `users:login-failures:${subject}`;

  async function lockState(subject: string, now: Date): Promise<LockState> {
    const stored = await kv.get(lockKey(subject));
    return lockStateAt(stored === null ? null : Number(stored), now);
  }

  return {
    lockState,
    async recordFailure(subject, now) {
      const failures = await kv.increment(failuresKey(subject), policy.failureWindowMs);
      const until = lockAfterFailure(failures, policy, now);
      if (!until) return { lockedUntil: null };
      // The first failure to reach the limit sets the lock; later concurrent ones must not extend it.
      const setHere = await kv.setIfAbsent(lockKey(subject), String(until.getTime()), policy.lockoutMs);
      await kv.delete(failuresKey(subject));
      if (setHere) return { lockedUntil: until };
      const existing = await lockState(subject, now);
      return { lockedUntil: existing.locked ? existing.until : until };
    },
    async reset(subject) {
      await kv.delete(failuresKey(subject));
    },
  };
}
