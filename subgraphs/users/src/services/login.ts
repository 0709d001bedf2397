import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, type BlindIndex } from '@attendgate/platform';
import { normaliseEmail } from '../domain/email.ts';
import { normalisePassword } from '../domain/passwordPolicy.ts';
import { User } from '../entities/index.ts';
import type { LoginAttempts } from './loginAttempts.ts';
import type { PasswordHasher } from './passwordHasher.ts';
import type { AuthResult, Sessions } from './sessions.ts';

/** Blind-index purpose of the lockout subject (a keyed hash of the normalised e-mail). */
const LOGIN_SUBJECT_PURPOSE = 'users.login_subject';

export interface LoginDeps {
  hasher: PasswordHasher;
  sessions: Sessions;
  attempts: LoginAttempts;
  blindIndex: BlindIndex;
}

function accountLocked(until: Date): AppError {
  return new AppError(ErrorCode.ACCOUNT_LOCKED, 'Too many failed logins; the account is locked for now. Try again later.', {
    lockedUntil: until.toISOString(),
  });
}

/**
 * Login with e-mail and password (UFR-USER-020).
 *
 * An unknown e-mail and a wrong password both answer INVALID_CREDENTIALS, and both spend one argon2
 * verification (against a dummy hash when there is no account), so neither the answer nor its timing tells
 * which addresses have accounts. Failures are counted per account (seed 003: 5 failures lock for 30 minutes);
 * while locked, even the right password is refused with ACCOUNT_LOCKED and the unlock time. A success resets
 * the count, upgrades an outdated password hash, and starts a session.
 */
export async function login(deps: LoginDeps, em: EntityManager, input: { email: string; password: string }): Promise<AuthResult> {
  const email = normaliseEmail(input.email);
  const password = normalisePassword(input.password);
  const subject = deps.blindIndex(LOGIN_SUBJECT_PURPOSE, email);

  const lock = await deps.attempts.lockState(subject, new Date());
  if (lock.locked) throw accountLocked(lock.until);

  const user = await em.findOne(User, { email });
  const passwordMatches = user ? await deps.hasher.verify(user.passwordHash, password) : await deps.hasher.verifyNothing(password);
  if (!user || !passwordMatches) {
    const { lockedUntil } = await deps.attempts.recordFailure(subject, new Date());
    if (lockedUntil) throw accountLocked(lockedUntil);
    throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'The e-mail address or password is incorrect.');
  }
  await deps.attempts.reset(subject);

  const upgradedHash = deps.hasher.needsRehash(user.passwordHash) ? await deps.hasher.hash(password) : null;
  const started = await em.transactional(async (tx) => {
    if (upgradedHash) await tx.nativeUpdate(User, { id: user.id }, { passwordHash: upgradedHash });
    const session = deps.sessions.start(tx, user);
    await tx.flush();
    return session;
  });
  return deps.sessions.complete(started);
}
