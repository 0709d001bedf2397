/**
 * Masking of personal data for lists, logs and anyone who is not the data's owner.
 *
 * The shapes follow the participation design (seed 004): names keep the first character (김**), phones keep
 * the carrier prefix and the last four digits (010-****-1234). Masking never reveals the input's length
 * beyond what the shape already shows.
 */

export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 2));
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '***';
  const prefix = digits.startsWith('01') ? digits.slice(0, 3) : digits.slice(0, 2);
  return `${prefix}-****-${digits.slice(-4)}`;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***@${email.slice(at + 1)}`;
}

/** Korean business number 123-45-67890 becomes 123-**-*7890. */
export function maskBusinessNumber(businessNumber: string): string {
  const digits = businessNumber.replace(/\D/g, '');
  if (digits.length !== 10) return '***-**-*****';
  return `${digits.slice(0, 3)}-**-*${digits.slice(6)}`;
}
