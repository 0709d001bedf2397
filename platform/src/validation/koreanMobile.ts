import { accept, refuse, type Checked } from './checked.ts';

/**
 * Korean mobile numbers in their stored form: digits only, domestic prefix. 010 numbers have eight digits
 * after the prefix; the legacy 011/016/017/018/019 ranges have seven or eight.
 */
const MOBILE_PATTERN = /^01(?:0[0-9]{8}|[16789][0-9]{7,8})$/;
/** Characters people put between the digit groups ("010-1234-5678", "010 1234 5678", "(010) 1234.5678"). */
const SEPARATORS = /[\s\-.()]/g;
/** The international prefix of Korea. */
const COUNTRY_CODE = '82';

/**
 * Normalises a Korean mobile number to the form we store and compare: `010-1234-5678`, `+82 10-1234-5678`
 * and `01012345678` all become `01012345678`. One stored spelling is what makes the uniqueness of phone
 * numbers mean anything (a user's account, a customer's one entry per event).
 */
export function normaliseKoreanMobile(raw: string): Checked<string> {
  const compact = raw.normalize('NFKC').trim().replace(SEPARATORS, '');
  if (compact.length === 0) return refuse('Enter a mobile phone number.');
  if (!/^\+?[0-9]+$/.test(compact)) return refuse('A phone number may contain only digits, spaces, hyphens and a leading +.');
  let digits = compact.replace(/^\+/, '');
  // Domestic numbers start with 0, so a leading 82 can only be the country code (+82 10-…, or 82 010-…).
  if (digits.startsWith(COUNTRY_CODE)) {
    const national = digits.slice(COUNTRY_CODE.length);
    digits = national.startsWith('0') ? national : `0${national}`;
  }
  if (!MOBILE_PATTERN.test(digits)) return refuse('Enter a Korean mobile number, such as 010-1234-5678.');
  return accept(digits);
}
