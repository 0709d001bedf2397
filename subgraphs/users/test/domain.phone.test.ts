import { describe, expect, it } from 'vitest';
import { normaliseKoreanMobile } from '../src/domain/phone.ts';

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
