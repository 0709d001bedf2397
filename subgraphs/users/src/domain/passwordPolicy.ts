import { accept, refuse, type Checked } from './checked.ts';
import { isCommonPassword } from './commonPasswords.ts';

/** OWASP Authentication Cheat Sheet: at least 8 characters when there is no second factor. */
export const PASSWORD_MIN_LENGTH = 8;
/**
 * OWASP: allow at least 64; we allow 128. Longer passwords are refused rather than silently cut (bcrypt's
 * 72-byte truncation is the classic trap; argon2 does not truncate, and neither do we).
 */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The form a password is hashed and verified in: Unicode NFKC (NIST SP 800-63B), so the same password typed
 * on two keyboards (full-width and half-width forms, composed and decomposed Hangul) verifies the same.
 * Nothing else is changed: spaces and case are significant.
 */
export function normalisePassword(raw: string): string {
  return raw.normalize('NFKC');
}

/** Length in characters as people count them (code points), not UTF-16 units. */
function lengthOf(password: string): number {
  return [...password].length;
}

/**
 * The password policy for new passwords (OWASP): 8 to 128 characters, no composition rules, and not the
 * account's own e-mail address (or its local part) nor one of the most common passwords. Returns the
 * normalised password to hash.
 */
export function checkPassword(raw: string, account: { email: string }): Checked<string> {
  const password = normalisePassword(raw);
  const length = lengthOf(password);
  if (length < PASSWORD_MIN_LENGTH) return refuse(`A password needs at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (length > PASSWORD_MAX_LENGTH) return refuse(`A password has at most ${PASSWORD_MAX_LENGTH} characters.`);
  const lowered = password.toLowerCase();
  const email = account.email.toLowerCase();
  const localPart = email.slice(0, Math.max(email.lastIndexOf('@'), 0));
  if (lowered === email || (localPart.length > 0 && lowered === localPart)) {
    return refuse('A password must not be your e-mail address.');
  }
  if (isCommonPassword(password)) return refuse('This password is too common; choose one that is harder to guess.');
  return accept(password);
}
