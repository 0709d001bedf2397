/**
 * The Korean business-registration number (사업자등록번호) check digit. The tax-office simulator uses it to
 * decide which numbers exist by default (valid checksum = a registered, active business), so clients can be
 * tested with realistic numbers without seeding any state. Pure functions, no I/O.
 *
 * Rule: weights [1,3,7,1,3,7,1,3,5] over the first nine digits, plus floor(d9 * 5 / 10) where d9 is the
 * ninth digit (its weighted product's tens digit is counted again); the check digit is
 * (10 - sum % 10) % 10 and must equal the tenth digit.
 */

const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/** Ten ASCII digits, nothing else (the NTS API takes numbers without hyphens). */
export function isBusinessNumberFormat(value: string): boolean {
  return /^[0-9]{10}$/.test(value);
}

/** The check digit for a nine-digit stem. Throws on anything but nine digits: a caller bug, not data. */
export function checkDigitOf(stem: string): number {
  if (!/^[0-9]{9}$/.test(stem)) throw new Error(`expected nine digits, got "${stem}"`);
  const digits = [...stem].map(Number);
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += (digits[i] ?? 0) * weight;
  });
  sum += Math.floor(((digits[8] ?? 0) * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

/** True when `value` is ten digits whose last one is the check digit of the first nine. */
export function hasValidChecksum(value: string): boolean {
  if (!isBusinessNumberFormat(value)) return false;
  return checkDigitOf(value.slice(0, 9)) === Number(value[9]);
}

/** Completes a nine-digit stem into a valid ten-digit number; used to derive the demo numbers. */
export function withCheckDigit(stem: string): string {
  return `${stem}${checkDigitOf(stem)}`;
}
