import type { Json } from './fieldPath.ts';

/**
 * Named special-case transforms ("handleSpecialCases" in seed 001), applied to a field's value after its
 * source is read. Each is a pure function documented here, because mapping rules are written by people who
 * cannot read our code: the name and description are what the API shows (`mappingSpecialCases`).
 *
 * A transform answers `undefined` when it cannot apply to the value (the field is then missing, which its
 * `default` or `required` settle).
 */
export interface SpecialCase {
  description: string;
  apply(value: Json | undefined): Json | undefined;
}

const text = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

/** A full name's parts: Korean names are written family name first without a space ("홍길동"). */
function nameParts(value: string): { family: string; given: string } | undefined {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (!trimmed) return undefined;
  if (trimmed.includes(' ')) {
    const parts = trimmed.split(' ');
    return { given: parts.slice(0, -1).join(' '), family: parts.at(-1)! };
  }
  if (/^[\uAC00-\uD7A3]{2,5}$/.test(trimmed)) return { family: trimmed.slice(0, 1), given: trimmed.slice(1) };
  return { family: '', given: trimmed };
}

export const SPECIAL_CASES = {
  trim: { description: 'Removes leading and trailing white space.', apply: (value) => text(value)?.trim() },
  lowercase: { description: 'Lower-cases text (e-mail addresses, codes).', apply: (value) => text(value)?.toLowerCase() },
  uppercase: { description: 'Upper-cases text.', apply: (value) => text(value)?.toUpperCase() },
  koreanMobileToE164: {
    description: 'A Korean mobile number in any common spelling (010-1234-5678, 01012345678, +82 10 1234 5678) as E.164 (+821012345678); other values are dropped.',
    apply(value) {
      const digits = text(value)?.replace(/[^0-9+]/g, '');
      if (!digits) return undefined;
      const national = digits.startsWith('+82') ? `0${digits.slice(3)}` : digits;
      return /^01[016789][0-9]{7,8}$/.test(national) ? `+82${national.slice(1)}` : undefined;
    },
  },
  e164ToKoreanMobile: {
    description: 'An E.164 Korean mobile number (+821012345678) as the national digits 01012345678; other values are dropped.',
    apply(value) {
      const digits = text(value)?.replace(/[^0-9+]/g, '');
      if (!digits) return undefined;
      const national = digits.startsWith('+82') ? `0${digits.slice(3)}` : digits;
      return /^01[016789][0-9]{7,8}$/.test(national) ? national : undefined;
    },
  },
  givenName: {
    description: 'The given name of a full name: all but the last word ("Gil-dong Hong" → "Gil-dong"), or a Korean name without the one-syllable family name ("홍길동" → "길동").',
    apply: (value) => { const source = text(value); return source === undefined ? undefined : nameParts(source)?.given; },
  },
  familyName: {
    description: 'The family name of a full name: the last word ("Gil-dong Hong" → "Hong"), or the first syllable of a Korean name ("홍길동" → "홍"); empty when the name is one word.',
    apply: (value) => { const source = text(value); return source === undefined ? undefined : nameParts(source)?.family; },
  },
  emptyToNull: {
    description: 'An empty or blank string becomes null (systems that send "" for "unknown").',
    apply: (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  },
  krwToThousands: {
    description: 'A whole-won amount in thousands of won, rounded down (ERP ledgers kept in 천원).',
    apply: (value) => (typeof value === 'number' && Number.isFinite(value) ? Math.floor(value / 1000) : undefined),
  },
} satisfies Record<string, SpecialCase>;

export type SpecialCaseName = keyof typeof SPECIAL_CASES;
export const SPECIAL_CASE_NAMES = Object.keys(SPECIAL_CASES) as SpecialCaseName[];

export function isSpecialCaseName(name: unknown): name is SpecialCaseName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(SPECIAL_CASES, name);
}
