/**
 * Mobile line numbers as the carrier keys them: 010 and eight digits (every mobile number issued since 2004
 * is in the 010 range, and KOS accepts no other). Hyphens, spaces and the +82 country prefix are tolerated on
 * input and removed, so one line has one spelling and the uniqueness of lines means something.
 */
const LINE = /^010[0-9]{8}$/;

/** The stored form of a line number, or null when the input is not a 010 mobile number. */
export function normaliseLineNumber(raw: string): string | null {
  let digits = raw.normalize('NFKC').replace(/[\s\-.()]/g, '');
  if (digits.startsWith('+82')) digits = `0${digits.slice(3).replace(/^0/, '')}`;
  return LINE.test(digits) ? digits : null;
}

/** `010-****-5678`: what lists, logs and other people see of a line. */
export function maskLineNumber(number: string): string {
  return `${number.slice(0, 3)}-****-${number.slice(-4)}`;
}
