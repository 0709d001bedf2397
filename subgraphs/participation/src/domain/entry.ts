import { checkPersonName, normaliseKoreanMobile, refuse, type Checked } from '@attendgate/platform';
import type { MediaChannel } from '@attendgate/platform';

/** What a customer sends to enter an event (UFR-PART-010: 이름, 전화번호, 참여경로, 개인정보동의). */
export interface EntryInput {
  name: string;
  phone: string;
  entryPath: MediaChannel;
  consent: boolean;
  storeVisited?: boolean | null;
}

/** The same entry cleaned: tidied name, phone as eleven (or ten) digits. */
export interface CheckedEntry {
  name: string;
  phone: string;
  entryPath: MediaChannel;
  storeVisited: boolean;
}

export type EntryCheck = { ok: true; value: CheckedEntry } | { ok: false; field: keyof EntryInput; reason: string };

/**
 * Checks an entry's own fields in the order of the seed's form (name of at least two characters, phone in
 * Korean mobile format, then the privacy consent, which the form requires before the button works). The
 * first problem is reported with its field; checks that need the event (period, channels) come after, in
 * the service.
 */
export function checkEntry(input: EntryInput): EntryCheck {
  const name = checkPersonName(input.name);
  if (!name.ok) return { ok: false, field: 'name', reason: name.reason };
  const phone = normaliseKoreanMobile(input.phone);
  if (!phone.ok) return { ok: false, field: 'phone', reason: phone.reason };
  const consent = checkConsent(input.consent);
  if (!consent.ok) return { ok: false, field: 'consent', reason: consent.reason };
  return { ok: true, value: { name: name.value, phone: phone.value, entryPath: input.entryPath, storeVisited: input.storeVisited === true } };
}

function checkConsent(consent: boolean): Checked<true> {
  return consent === true ? { ok: true, value: true } : refuse('Agree to the collection and use of personal information to enter (개인정보 수집·이용 동의).');
}
