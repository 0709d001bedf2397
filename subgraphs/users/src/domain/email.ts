import { accept, refuse, type Checked } from './checked.ts';

/** Longest address SMTP can carry (RFC 5321: a 256-octet path minus the angle brackets). */
export const EMAIL_MAX_LENGTH = 254;
/** Longest local part (before the @) RFC 5321 allows. */
export const EMAIL_LOCAL_PART_MAX_LENGTH = 64;

/**
 * The WHATWG "valid e-mail address" shape (what browsers accept in `<input type=email>`), applied after
 * lower-casing. Deliberately not the full RFC 5322 grammar: quoted local parts and IP literals are legal but
 * in practice only ever typed by mistake or by attackers.
 */
const EMAIL_PATTERN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * The one spelling of an address we store and look up: Unicode-normalised (NFKC, so full-width characters
 * typed on Korean keyboards match their ASCII forms), trimmed and lower-cased. Lower-casing the local part is
 * technically lossy, but no mail provider our users have treats case as significant, and a case-sensitive
 * uniqueness check would let `Kim@x.kr` and `kim@x.kr` be two accounts.
 */
export function normaliseEmail(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

/** Normalises an address and checks its shape and length. */
export function checkEmail(raw: string): Checked<string> {
  const email = normaliseEmail(raw);
  if (email.length === 0) return refuse('Enter an e-mail address.');
  if (email.length > EMAIL_MAX_LENGTH) return refuse(`An e-mail address has at most ${EMAIL_MAX_LENGTH} characters.`);
  const at = email.lastIndexOf('@');
  const local = at > 0 ? email.slice(0, at) : '';
  if (!EMAIL_PATTERN.test(email) || local.length > EMAIL_LOCAL_PART_MAX_LENGTH) {
    return refuse('Enter a valid e-mail address, such as name@example.com.');
  }
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return refuse('Enter a valid e-mail address, such as name@example.com.');
  }
  return accept(email);
}
