import { describe, expect, it } from 'vitest';
import { Kind } from 'graphql';
import { checkPersonName, DateTimeScalar, normaliseKoreanMobile } from '../src/index.ts';

describe('Korean mobile number normalisation', () => {
  it('stores every common spelling as eleven digits', () => {
    for (const spelling of ['010-1234-5678', '01012345678', '010 1234 5678', '010.1234.5678', '(010) 1234-5678', '+82 10-1234-5678', '+821012345678', '82-010-1234-5678']) {
      expect(normaliseKoreanMobile(spelling), spelling).toEqual({ ok: true, value: '01012345678' });
    }
  });

  it('accepts the legacy 011/016/017/018/019 ranges with seven or eight digits', () => {
    expect(normaliseKoreanMobile('011-123-4567')).toEqual({ ok: true, value: '0111234567' });
    expect(normaliseKoreanMobile('019-1234-5678')).toEqual({ ok: true, value: '01912345678' });
  });

  it('refuses landlines, short or long numbers and letters', () => {
    for (const bad of ['', '02-123-4567', '010-123-4567', '010-1234-56789', '012-1234-5678', '010-abcd-5678', '+1 415 555 0100']) {
      expect(normaliseKoreanMobile(bad).ok, bad).toBe(false);
    }
  });
});

describe('person names', () => {
  it('are tidied (NFKC, trimmed, inner whitespace collapsed) and need 2 to 50 characters', () => {
    expect(checkPersonName('  김   철수 ')).toEqual({ ok: true, value: '김 철수' });
    expect(checkPersonName('이수')).toEqual({ ok: true, value: '이수' });
    expect(checkPersonName('김').ok).toBe(false);
    expect(checkPersonName('  ').ok).toBe(false);
    expect(checkPersonName('가'.repeat(50)).ok).toBe(true);
    expect(checkPersonName('가'.repeat(51)).ok).toBe(false);
  });

  it('refuse control characters', () => {
    expect(checkPersonName('김\u0000철수').ok).toBe(false);
  });
});

describe('the DateTime scalar', () => {
  it('writes ISO 8601 in UTC and reads ISO strings, refusing anything else with BAD_USER_INPUT', () => {
    expect(DateTimeScalar.serialize(new Date('2025-10-22T18:30:00+09:00'))).toBe('2025-10-22T09:30:00.000Z');
    expect(DateTimeScalar.parseValue('2025-10-22T09:30:00Z')).toEqual(new Date('2025-10-22T09:30:00Z'));
    expect(() => DateTimeScalar.parseValue('yesterday')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow();
  });
});
