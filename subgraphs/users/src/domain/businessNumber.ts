import { accept, refuse, type Checked } from './checked.ts';

/**
 * The Korean business-registration number (사업자등록번호) and its check digit.
 *
 * Rule (National Tax Service): weights [1,3,7,1,3,7,1,3,5] over the first nine digits, plus
 * floor(d9 * 5 / 10) where d9 is the ninth digit; the check digit is (10 - sum % 10) % 10 and must equal the
 * tenth digit. Checking it locally rejects typos before we spend a call to the tax office on them.
 */
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;
export const BUSINESS_NUMBER_DIGITS = 10;

/** The check digit of a nine-digit stem. */
export function businessNumberCheckDigit(stem: string): number {
  if (!/^[0-9]{9}$/.test(stem)) throw new RangeError(`expected nine digits, got "${stem}"`);
  const digits = [...stem].map(Number);
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += (digits[i] ?? 0) * weight;
  });
  sum += Math.floor(((digits[8] ?? 0) * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

export function hasValidBusinessNumberChecksum(digits: string): boolean {
  return /^[0-9]{10}$/.test(digits) && businessNumberCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** Accepts `123-45-67890` or `1234567890` (spaces allowed); returns the ten digits. */
export function parseBusinessNumber(raw: string): Checked<string> {
  const digits = raw.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^[0-9]+$/.test(digits) || digits.length !== BUSINESS_NUMBER_DIGITS) {
    return refuse('A business registration number has ten digits, such as 123-45-67890.');
  }
  if (!hasValidBusinessNumberChecksum(digits)) {
    return refuse('This business registration number is not valid; check it for typos.');
  }
  return accept(digits);
}
