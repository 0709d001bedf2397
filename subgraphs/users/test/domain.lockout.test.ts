import { describe, expect, it } from 'vitest';
import { attemptsLeft, lockAfterFailure, lockStateAt, type LockoutPolicy } from '../src/domain/lockout.ts';

const policy: LockoutPolicy = { maxFailures: 5, lockoutMs: 30 * 60_000 };
const now = new Date('2025-10-22T09:00:00.000Z');

describe('login lockout window', () => {
  it('does not lock before the fifth failure', () => {
    for (let failures = 1; failures < 5; failures++) expect(lockAfterFailure(failures, policy, now)).toBeNull();
    expect(attemptsLeft(4, policy)).toBe(1);
  });

  it('locks for thirty minutes from the fifth failure on', () => {
    expect(lockAfterFailure(5, policy, now)).toEqual(new Date('2025-10-22T09:30:00.000Z'));
    expect(lockAfterFailure(7, policy, now)).toEqual(new Date('2025-10-22T09:30:00.000Z'));
    expect(attemptsLeft(7, policy)).toBe(0);
  });

  it('holds a lock until its end, and not a moment after', () => {
    const until = new Date('2025-10-22T09:30:00.000Z').getTime();
    expect(lockStateAt(until, now)).toEqual({ locked: true, until: new Date(until) });
    expect(lockStateAt(until, new Date(until - 1))).toMatchObject({ locked: true });
    expect(lockStateAt(until, new Date(until))).toEqual({ locked: false });
    expect(lockStateAt(null, now)).toEqual({ locked: false });
    expect(lockStateAt(Number.NaN, now)).toEqual({ locked: false });
  });
});
