/**
 * Korean mobile numbers in the one spelling attendgate stores and indexes: digits only, domestic prefix
 * (`010-1234-5678`, `+82 10 1234 5678` → `01012345678`). The participation subgraph indexes participants'
 * phones in this form (ParticipantRegistered.customerKey), so a phone typed in here must normalise exactly
 * as it did there for the blind indexes to match.
 */
const MOBILE_PATTERN = /^01(?:0[0-9]{8}|[16789][0-9]{7,8})$/;
const SEPARATORS = /[\s\-.()]/g;
const COUNTRY_CODE = '82';

export type Normalised = { ok: true; value: string } | { ok: false; reason: string };

export function normaliseKoreanMobile(raw: string): Normalised {
  const compact = raw.normalize('NFKC').trim().replace(SEPARATORS, '');
  if (!/^\+?[0-9]{1,20}$/.test(compact)) return { ok: false, reason: 'Enter a Korean mobile number, such as 010-1234-5678.' };
  let digits = compact.replace(/^\+/, '');
  if (digits.startsWith(COUNTRY_CODE)) {
    const national = digits.slice(COUNTRY_CODE.length);
    digits = national.startsWith('0') ? national : `0${national}`;
  }
  return MOBILE_PATTERN.test(digits) ? { ok: true, value: digits } : { ok: false, reason: 'Enter a Korean mobile number, such as 010-1234-5678.' };
}
