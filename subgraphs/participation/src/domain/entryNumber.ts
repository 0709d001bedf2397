/**
 * Entry numbers (응모번호): what a customer is told after entering and what the shop reads out at the
 * announcement, so they must be short, unique per event and hard to mishear.
 *
 * Format: the event's entry sequence number, zero-padded to four digits, a hyphen, and one Damm check digit:
 * `0042-7`. Four digits cover the entries of almost every small-shop event and read as two pairs; bigger
 * events simply get more digits (`12345-0`). The Damm check digit detects every single-digit error and every
 * swap of two adjacent digits, the two mistakes people make when reading numbers aloud or typing them back,
 * so a misheard number is recognised as wrong instead of naming someone else. (Luhn misses 09↔90; Damm needs
 * no letters, which Korean speakers would otherwise have to spell.)
 *
 * Uniqueness comes from the sequence (see services/entryNumbers.ts), not from this format.
 */
export const ENTRY_NUMBER_MIN_DIGITS = 4;

/** The Damm quasigroup of order 10 (totally anti-symmetric), row = interim digit, column = next digit. */
const DAMM_TABLE = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

function dammInterim(digits: string): number {
  let interim = 0;
  for (const char of digits) interim = DAMM_TABLE[interim]![Number(char)]!;
  return interim;
}

/** The Damm check digit of a string of decimal digits. */
export function dammCheckDigit(digits: string): number {
  if (!/^[0-9]+$/.test(digits)) throw new RangeError('Damm check digits are defined for decimal digits only');
  return dammInterim(digits);
}

/** Sequence number (1, 2, …) → `0001-3`. */
export function formatEntryNumber(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`entry sequence must be a positive integer, got ${sequence}`);
  const digits = String(sequence).padStart(ENTRY_NUMBER_MIN_DIGITS, '0');
  return `${digits}-${dammCheckDigit(digits)}`;
}

/**
 * The sequence number of a well-formed entry number, or null when it is malformed or its check digit does
 * not match (a misheard or mistyped number). Spaces are ignored and the hyphen is optional.
 */
export function parseEntryNumber(text: string): number | null {
  const compact = text.replace(/\s+/g, '');
  const match = /^([0-9]{4,15})-?([0-9])$/.exec(compact);
  if (!match) return null;
  const digits = match[1]!;
  if (dammInterim(digits + match[2]) !== 0) return null;
  const sequence = Number(digits);
  return sequence >= 1 ? sequence : null;
}
