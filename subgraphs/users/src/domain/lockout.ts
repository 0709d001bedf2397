/**
 * When failed logins lock an account, and until when. Pure: the caller counts failures and stores the lock.
 *
 * 5 failed logins lock the account for 30 minutes (telecom billing design, seed 003: "5회 로그인 실패 시 30분
 * 잠금"); the numbers come from configuration.
 */
export interface LockoutPolicy {
  /** Failed attempts that lock the account (the attempt that reaches it locks). */
  maxFailures: number;
  /** How long a lock lasts. */
  lockoutMs: number;
}

export type LockState = { locked: false } | { locked: true; until: Date };

/** Whether a stored lock (its end, epoch ms, or null for none) still holds at `now`. */
export function lockStateAt(lockedUntilMs: number | null, now: Date): LockState {
  if (lockedUntilMs === null || !Number.isFinite(lockedUntilMs) || lockedUntilMs <= now.getTime()) return { locked: false };
  return { locked: true, until: new Date(lockedUntilMs) };
}

/** After a failure: the end of the lock it triggers, or null while attempts remain. */
export function lockAfterFailure(failuresSoFar: number, policy: LockoutPolicy, now: Date): Date | null {
  return failuresSoFar >= policy.maxFailures ? new Date(now.getTime() + policy.lockoutMs) : null;
}

/** Attempts left before the lock (never negative). */
export function attemptsLeft(failuresSoFar: number, policy: LockoutPolicy): number {
  return Math.max(policy.maxFailures - failuresSoFar, 0);
}
