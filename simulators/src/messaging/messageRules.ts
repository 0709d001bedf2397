/**
 * The rules of a Korean bulk-messaging provider (the kind of API shops send SMS through: NHN Cloud, Solapi,
 * Aligo and the like share this shape), as the simulator applies them.
 *
 * - SMS is at most 90 bytes and LMS at most 2,000 bytes, counted the way Korean carriers count (EUC-KR: a
 *   Hangul syllable 2 bytes, ASCII 1); the type is chosen by length; longer text is refused.
 * - The sender number (발신번호) must be registered beforehand (전기통신사업법 발신번호 사전등록제).
 * - Recipients are Korean mobile numbers, digits only.
 */
export const SMS_MAX_BYTES = 90;
export const LMS_MAX_BYTES = 2_000;
export const EMAIL_MAX_BYTES = 256 * 1024;
export const PUSH_MAX_BYTES = 4 * 1024;
export const CLIENT_REFERENCE_MAX_LENGTH = 100;
/** Sender numbers registered in every fresh simulator (the services' defaults). */
export const DEFAULT_SENDER_NUMBERS = ['15884000', '0212345678'] as const;

const MOBILE = /^01[016789][0-9]{7,8}$/;
const SENDER = /^[0-9]{8,11}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Bytes as carriers count them (EUC-KR width: ASCII 1 byte, anything else 2). */
export function carrierBytes(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += char.codePointAt(0)! < 0x80 ? 1 : 2;
  return bytes;
}

export function smsTypeOf(text: string): 'SMS' | 'LMS' | null {
  const bytes = carrierBytes(text);
  if (bytes <= SMS_MAX_BYTES) return 'SMS';
  if (bytes <= LMS_MAX_BYTES) return 'LMS';
  return null;
}

export const isMobileNumber = (value: unknown): value is string => typeof value === 'string' && MOBILE.test(value);
export const isSenderNumber = (value: unknown): value is string => typeof value === 'string' && SENDER.test(value);
export const isEmailAddress = (value: unknown): value is string => typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
